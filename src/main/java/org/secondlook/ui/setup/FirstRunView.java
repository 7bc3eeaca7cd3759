package org.secondlook.ui.setup;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.secondlook.ui.Messages;

/** The first-run dialog, shown in the main window before anyone can log in. */
public final class FirstRunView extends StackPane {
    public FirstRunView(FirstRunViewModel vm) {
        getStyleClass().add("login-root");
        Label title = new Label(Messages.get("setup.title"));
        title.getStyleClass().add("title-label");
        Label intro = new Label(Messages.get("setup.intro"));
        intro.getStyleClass().add("hint-label");

        TextField office = field("setup-office", vm.officeProperty());
        TextField admin = field("setup-admin", vm.adminProperty());
        PasswordField pw = new PasswordField();
        pw.setId("setup-password");
        pw.textProperty().bindBidirectional(vm.passwordProperty());
        PasswordField repeat = new PasswordField();
        repeat.setId("setup-repeat");
        repeat.textProperty().bindBidirectional(vm.repeatProperty());

        Label problem = new Label();
        problem.getStyleClass().add("hint-label");
        problem.textProperty().bind(vm.problemProperty());
        Label error = errorLabel(vm);

        Button create = new Button(Messages.get("setup.create"));
        create.setId("setup-create");
        create.setDefaultButton(true);
        create.disableProperty().bind(Bindings.not(vm.canCreateProperty()));
        create.setOnAction(e -> vm.create());

        VBox form = new VBox(6, title, intro,
                labelled("setup.office", office), office,
                labelled("setup.admin", admin), admin,
                labelled("setup.password", pw), pw,
                labelled("setup.repeat", repeat), repeat,
                problem, create);

        Label created = new Label(Messages.get("setup.created"));
        created.getStyleClass().add("title-label");
        Label offer = new Label(Messages.get("setup.offerDemo"));
        offer.getStyleClass().add("hint-label");
        Button loadDemo = new Button(Messages.get("setup.loadDemo"));
        loadDemo.setId("setup-load-demo");
        loadDemo.setDefaultButton(true);
        loadDemo.setOnAction(e -> vm.loadDemo());
        Button skip = new Button(Messages.get("setup.skipDemo"));
        skip.setId("setup-skip-demo");
        skip.setOnAction(e -> vm.skipDemo());
        ProgressBar progress = new ProgressBar();
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(vm.importer().progressProperty());
        Label importMessage = new Label();
        importMessage.textProperty().bind(vm.importer().messageProperty());
        VBox importing = new VBox(6, progress, importMessage);
        importing.visibleProperty().bind(vm.stepProperty().isEqualTo(FirstRunViewModel.Step.IMPORTING));
        importing.managedProperty().bind(importing.visibleProperty());
        HBox buttons = new HBox(12, loadDemo, skip);
        buttons.disableProperty().bind(vm.stepProperty().isEqualTo(FirstRunViewModel.Step.IMPORTING));
        VBox demo = new VBox(10, created, offer, buttons, importing);

        VBox card = new VBox(10, form, demo, error);
        card.getStyleClass().add("card");
        card.setMaxWidth(440);
        card.setMaxHeight(USE_PREF_SIZE);
        form.visibleProperty().bind(vm.stepProperty().isEqualTo(FirstRunViewModel.Step.FORM));
        form.managedProperty().bind(form.visibleProperty());
        demo.visibleProperty().bind(form.visibleProperty().not());
        demo.managedProperty().bind(demo.visibleProperty());
        getChildren().add(card);
        StackPane.setAlignment(card, Pos.CENTER);
        vm.stepProperty().addListener((o, a, b) -> {
            if (b == FirstRunViewModel.Step.OFFER_DEMO) {
                loadDemo.requestFocus();
            }
        });
        sceneProperty().addListener((o, a, s) -> {
            if (s != null) {
                office.requestFocus();
            }
        });
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static Label labelled(String key, javafx.scene.Node target) {
        Label l = new Label(Messages.get(key));
        l.setLabelFor(target);
        return l;
    }

    private static Label errorLabel(FirstRunViewModel vm) {
        Label error = new Label();
        error.setId("setup-error");
        error.getStyleClass().add("error-label");
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        return error;
    }
}
