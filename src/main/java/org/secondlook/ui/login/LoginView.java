package org.secondlook.ui.login;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.secondlook.ui.Messages;

/** The login screen: binds fields to {@link LoginViewModel}; Enter logs in. */
public final class LoginView extends StackPane {
    public LoginView(LoginViewModel vm, String officeName) {
        getStyleClass().add("login-root");
        Label title = new Label(Messages.get("app.name"));
        title.getStyleClass().add("title-label");
        Label subtitle = new Label(officeName == null || officeName.isBlank()
                ? Messages.get("login.subtitle") : Messages.get("login.subtitleOffice", officeName));
        subtitle.getStyleClass().add("subtitle-label");

        Label userLabel = new Label(Messages.get("login.user"));
        TextField user = new TextField();
        user.setId("login-user");
        user.textProperty().bindBidirectional(vm.userNameProperty());
        userLabel.setLabelFor(user);

        Label passwordLabel = new Label(Messages.get("login.password"));
        PasswordField password = new PasswordField();
        password.setId("login-password");
        password.textProperty().bindBidirectional(vm.passwordProperty());
        passwordLabel.setLabelFor(password);

        Label error = new Label();
        error.setId("login-error");
        error.getStyleClass().add("error-label");
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());

        Button logIn = new Button(Messages.get("login.button"));
        logIn.setId("login-button");
        logIn.setDefaultButton(true);
        logIn.disableProperty().bind(Bindings.not(vm.canLogInProperty()));
        logIn.setOnAction(e -> vm.logIn());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(22, 22);
        spinner.visibleProperty().bind(vm.busyProperty());
        HBox buttons = new HBox(12, logIn, spinner);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label hint = new Label(Messages.get("login.hint"));
        hint.getStyleClass().add("hint-label");

        VBox card = new VBox(8, title, subtitle, userLabel, user, passwordLabel, password, error, buttons, hint);
        card.getStyleClass().add("card");
        card.setMaxWidth(380);
        card.setMaxHeight(USE_PREF_SIZE);
        getChildren().add(card);
        StackPane.setAlignment(card, Pos.CENTER);
        // the password keeps nothing after a failed attempt: put the caret back there
        vm.errorProperty().addListener((o, a, b) -> {
            if (!b.isEmpty()) {
                password.requestFocus();
            }
        });
        sceneProperty().addListener((o, a, s) -> {
            if (s != null) {
                user.requestFocus();
            }
        });
    }
}
