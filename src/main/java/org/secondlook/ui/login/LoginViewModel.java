package org.secondlook.ui.login;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.Workstation;
import org.secondlook.ui.ErrorMessages;
import org.secondlook.ui.TaskExecutor;

/** User name and password in, a session out; a failed login leaves one sentence and an empty password. */
public final class LoginViewModel {
    private final Workstation workstation;
    private final TaskExecutor executor;
    private final Consumer<ReviewSession> onLoggedIn;
    private final StringProperty userName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding canLogIn;

    public LoginViewModel(Workstation workstation, TaskExecutor executor, Consumer<ReviewSession> onLoggedIn) {
        this.workstation = workstation;
        this.executor = executor;
        this.onLoggedIn = onLoggedIn;
        canLogIn = Bindings.createBooleanBinding(
                () -> !busy.get() && !userName.get().isBlank() && !password.get().isEmpty(), busy, userName, password);
    }

    public void logIn() {
        if (!canLogIn.get()) {
            return;
        }
        String user = userName.get().trim();
        char[] pw = password.get().toCharArray();
        busy.set(true);
        error.set("");
        executor.execute(() -> workstation.login(user, pw), session -> {
            java.util.Arrays.fill(pw, '\0');
            busy.set(false);
            password.set("");
            onLoggedIn.accept(session);
        }, e -> {
            java.util.Arrays.fill(pw, '\0');
            busy.set(false);
            password.set("");
            error.set(ErrorMessages.sentence(e));
        });
    }

    public StringProperty userNameProperty() {
        return userName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding canLogInProperty() {
        return canLogIn;
    }
}
