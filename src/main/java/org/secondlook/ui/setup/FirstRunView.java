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
        Label intro = new Label();
        intro.setId("setup-intro");
        intro.getStyleClass().add("hint-label");
        // the encrypted file's promise is only true of this workstation's database
        intro.textProperty().bind(Bindings.when(vm.onServerProperty())
                .then(Messages.get("setup.introServer")).otherwise(Messages.get("setup.intro")));

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

        // On a shared server the office and administrator follow once the server answered.
        VBox details = new VBox(6, labelled("setup.office", office), office,
                labelled("setup.admin", admin), admin,
                labelled("setup.password", pw), pw,
                labelled("setup.repeat", repeat), repeat);
        details.visibleProperty().bind(vm.onServerProperty().not().or(vm.connectedProperty()));
        details.managedProperty().bind(details.visibleProperty());
        VBox form = new VBox(6, title, intro, whereStep(vm), details, problem, create);
        form.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) { // Enter in any field submits the form
                vm.create();
                e.consume();
            }
        });

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
        progress.setId("setup-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(Bindings.when(vm.writingDemoProperty()).then(-1.0)
                .otherwise(vm.importer().progressProperty()));
        Label importMessage = new Label();
        importMessage.setId("setup-import-message");
        importMessage.setWrapText(true);
        importMessage.textProperty().bind(Bindings.when(vm.writingDemoProperty()).then(Messages.get("setup.writingDemo"))
                .otherwise(vm.importer().messageProperty()));
        VBox importing = new VBox(6, progress, importMessage);
        importing.visibleProperty().bind(vm.stepProperty().isEqualTo(FirstRunViewModel.Step.IMPORTING));
        importing.managedProperty().bind(importing.visibleProperty());
        HBox buttons = new HBox(12, loadDemo, skip);
        buttons.disableProperty().bind(vm.stepProperty().isEqualTo(FirstRunViewModel.Step.IMPORTING));
        VBox demoOffer = new VBox(10, offer, buttons, importing);
        demoOffer.setPrefWidth(360);
        VBox people = new VBox(6);
        people.setPrefWidth(380);
        vm.accountsProperty().addListener((o, a, accounts) -> people.getChildren().setAll(accountsStep(accounts)));
        HBox steps = new HBox(24, people, demoOffer);
        VBox demo = new VBox(10, created, steps);

        VBox card = new VBox(10, form, demo, error);
        card.getStyleClass().add("card");
        // about 34 em wide for the form, 63 for the demo step: the same lines at every text size
        card.maxWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.ceil(em(intro)
                * (vm.stepProperty().get() == FirstRunViewModel.Step.FORM ? 34 : 63)), vm.stepProperty(), intro.fontProperty()));
        card.setMaxHeight(USE_PREF_SIZE);
        form.visibleProperty().bind(vm.stepProperty().isEqualTo(FirstRunViewModel.Step.FORM));
        form.managedProperty().bind(form.visibleProperty());
        demo.visibleProperty().bind(form.visibleProperty().not());
        demo.managedProperty().bind(demo.visibleProperty());
        // centered while it fits; a tall form (a shared server at large text) scrolls instead of being cut
        StackPane centered = new StackPane(card);
        StackPane.setAlignment(card, Pos.CENTER);
        centered.setPadding(new javafx.geometry.Insets(12));
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(centered);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("setup-scroll");
        getChildren().add(scroll);
        vm.stepProperty().addListener((o, a, b) -> {
            if (b == FirstRunViewModel.Step.OFFER_DEMO) {
                javafx.scene.Node name = lookup("#account-name");
                (name != null ? name : loadDemo).requestFocus();
            }
        });
        sceneProperty().addListener((o, a, s) -> {
            if (s != null) {
                office.requestFocus();
            }
        });
    }

    /**
     * "This workstation" or "a shared server"; for a server its URL, password file and CA file, and a button
     * that connects (what is wrong shows in the dialog's error line). Empty where no server is offered.
     */
    private static javafx.scene.Node whereStep(FirstRunViewModel vm) {
        VBox box = new VBox(6);
        if (!vm.offersServer()) {
            box.setManaged(false);
            return box;
        }
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        javafx.scene.control.RadioButton here = new javafx.scene.control.RadioButton(Messages.get("setup.here"));
        here.setId("setup-here");
        here.setToggleGroup(group);
        here.setSelected(!vm.onServerProperty().get());
        javafx.scene.control.RadioButton shared = new javafx.scene.control.RadioButton(Messages.get("setup.shared"));
        shared.setId("setup-shared");
        for (javafx.scene.control.RadioButton r : java.util.List.of(here, shared)) {
            r.setWrapText(true); // large text wraps instead of ending in "…"
            r.setMinHeight(USE_PREF_SIZE);
        }
        shared.setToggleGroup(group);
        shared.setSelected(vm.onServerProperty().get());
        vm.onServerProperty().bind(shared.selectedProperty());

        TextField url = field("setup-server-url", vm.serverUrlProperty());
        url.setPromptText(Messages.get("setup.serverUrlPrompt"));
        TextField passwordFile = field("setup-server-password-file", vm.serverPasswordFileProperty());
        TextField caFile = field("setup-server-ca-file", vm.serverCaFileProperty());
        Button connect = new Button(Messages.get("setup.connect"));
        connect.setId("setup-connect");
        connect.disableProperty().bind(vm.busyProperty().or(vm.serverUrlProperty().isEmpty()));
        connect.setOnAction(e -> vm.connect());
        Label connected = new Label();
        connected.setId("setup-server-message");
        connected.getStyleClass().add("hint-label");
        connected.setWrapText(true);
        connected.textProperty().bind(vm.serverMessageProperty());
        connected.managedProperty().bind(connected.textProperty().isNotEmpty());
        VBox server = new VBox(6, labelled("setup.serverUrl", url), url, labelled("setup.serverPasswordFile", passwordFile),
                passwordFile, labelled("setup.serverCaFile", caFile), caFile, connect);
        server.visibleProperty().bind(shared.selectedProperty().and(vm.connectedProperty().not()));
        server.managedProperty().bind(server.visibleProperty());
        Label heading = new Label(Messages.get("setup.where"));
        heading.getStyleClass().add("subtitle-label");
        box.getChildren().addAll(heading, here, shared, server, connected);
        return box;
    }

    /** The first reviewer and supervisor: the new-account form and the accounts added so far. */
    private static java.util.List<javafx.scene.Node> accountsStep(org.secondlook.ui.accounts.AccountsViewModel accounts) {
        Label heading = new Label(Messages.get("setup.addPeople"));
        heading.getStyleClass().add("subtitle-label");
        heading.setWrapText(true);
        Label hint = new Label(Messages.get("setup.addPeopleHint"));
        hint.getStyleClass().add("hint-label");
        hint.setWrapText(true);
        Label added = new Label();
        added.setId("setup-accounts");
        added.setWrapText(true);
        added.textProperty().bind(Bindings.createStringBinding(() -> accounts.accounts().isEmpty() ? ""
                : Messages.get("setup.accountsSoFar", String.join("; ", accounts.accounts().stream()
                .map(a -> a.name() + " (" + org.secondlook.ui.accounts.AccountsViewModel.rolesText(a.roles()) + ")").toList())),
                accounts.accounts()));
        Label message = new Label();
        message.setWrapText(true);
        message.textProperty().bind(accounts.messageProperty());
        Label error = new Label();
        error.setId("setup-account-error");
        error.getStyleClass().add("error-label");
        error.setWrapText(true);
        error.textProperty().bind(accounts.errorProperty());
        accounts.refresh();
        return java.util.List.of(heading, hint, new org.secondlook.ui.accounts.NewAccountForm(accounts), message, error, added);
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
        l.setWrapText(true); // large text wraps instead of ending in "…"
        l.setMinHeight(USE_PREF_SIZE);
        return l;
    }

    /** The text size the label is drawn at (13 at 100 %). */
    private static double em(Label l) {
        return l.getFont() == null ? 13 : l.getFont().getSize();
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
