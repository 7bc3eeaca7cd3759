package org.secondlook.ui.accounts;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.secondlook.ui.Messages;

/** The "new account" form: name, roles, password twice, Add (Enter in any field adds). */
public final class NewAccountForm extends VBox {
    private final TextField name = new TextField();

    public NewAccountForm(AccountsViewModel vm) {
        setSpacing(6);
        getStyleClass().add("account-form");
        name.setId("account-name");
        name.textProperty().bindBidirectional(vm.nameProperty());
        CheckBox reviewer = role("account-role-reviewer", "role.REVIEWER", vm.reviewerProperty());
        CheckBox supervisor = role("account-role-supervisor", "role.SUPERVISOR", vm.supervisorProperty());
        CheckBox admin = role("account-role-admin", "role.ADMIN", vm.adminProperty());
        PasswordField pw = new PasswordField();
        pw.setId("account-password");
        pw.textProperty().bindBidirectional(vm.passwordProperty());
        PasswordField repeat = new PasswordField();
        repeat.setId("account-repeat");
        repeat.textProperty().bindBidirectional(vm.repeatProperty());
        Label problem = new Label();
        problem.setId("account-problem");
        problem.getStyleClass().add("hint-label");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.addProblemProperty());
        Button add = new Button(Messages.get("accounts.add"));
        add.setId("account-add");
        add.disableProperty().bind(vm.canAddProperty().not());
        add.setOnAction(e -> {
            vm.add();
            name.requestFocus();
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                add.fire();
                e.consume();
            }
        });
        FlowPane roles = new FlowPane(12, 4, reviewer, supervisor, admin);
        getChildren().addAll(labelFor("accounts.name", name), name, new Label(Messages.get("accounts.roles")), roles,
                labelFor("accounts.password", pw), pw, labelFor("accounts.repeat", repeat), repeat, problem, add);
    }

    public void focusName() {
        name.requestFocus();
    }

    private static CheckBox role(String id, String key, javafx.beans.property.BooleanProperty value) {
        CheckBox c = new CheckBox(Messages.get(key));
        c.setId(id);
        c.selectedProperty().bindBidirectional(value);
        return c;
    }

    static Label labelFor(String key, javafx.scene.Node target) {
        Label l = new Label(Messages.get(key));
        l.setLabelFor(target);
        l.setWrapText(true);
        return l;
    }
}
