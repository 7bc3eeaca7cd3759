package org.secondlook.ui.lock;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.secondlook.ui.ErrorMessages;
import org.secondlook.ui.Messages;
import org.secondlook.ui.TaskExecutor;

/**
 * The lock overlay's model: locked or not, the password typed to unlock, and the message. The
 * password is checked again by the store (the account's key slot), off the FX thread.
 */
public final class LockViewModel {
    /** Checks a password for the logged-in account, e.g. {@code session::verifyPassword}. */
    @FunctionalInterface
    public interface PasswordCheck {
        boolean verify(char[] password) throws Exception;
    }

    private final PasswordCheck check;
    private final TaskExecutor executor;
    private final String user;
    private final BooleanProperty locked = new SimpleBooleanProperty(false);
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public LockViewModel(String user, PasswordCheck check, TaskExecutor executor) {
        this.user = user;
        this.check = check;
        this.executor = executor;
    }

    public void lock() {
        password.set("");
        message.set("");
        locked.set(true);
    }

    /** Checks the typed password; unlocks when it is right, says so when it is not. */
    public void unlock() {
        if (!locked.get() || busy.get() || password.get().isEmpty()) {
            return;
        }
        char[] typed = password.get().toCharArray();
        password.set("");
        busy.set(true);
        executor.execute(() -> {
            try {
                return check.verify(typed);
            } finally {
                java.util.Arrays.fill(typed, '\0');
            }
        }, ok -> {
            busy.set(false);
            if (ok) {
                message.set("");
                locked.set(false);
            } else {
                message.set(Messages.get("lock.wrong"));
            }
        }, e -> {
            busy.set(false);
            message.set(ErrorMessages.sentence(e));
        });
    }

    public String user() {
        return user;
    }

    public BooleanProperty lockedProperty() {
        return locked;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
