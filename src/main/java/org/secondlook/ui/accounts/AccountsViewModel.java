package org.secondlook.ui.accounts;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.secondlook.domain.Role;
import org.secondlook.review.accounts.AccountService.Account;
import org.secondlook.review.accounts.PasswordPolicy;
import org.secondlook.review.ReviewSession;
import org.secondlook.ui.ErrorMessages;
import org.secondlook.ui.Messages;
import org.secondlook.ui.TaskExecutor;

/**
 * Accounts for an administrator: the list, a new account (name, roles, password twice), and for the
 * selected account disable or a new password. The account service does the work and enforces the
 * same password policy as {@code users}; this model checks the policy as the user types, so the
 * button says why it is not ready before the service would refuse.
 */
public final class AccountsViewModel {
    private final ReviewSession session;
    private final TaskExecutor executor;
    private final PasswordPolicy policy;
    private final ObservableList<Account> accounts = FXCollections.observableArrayList();
    private final ObjectProperty<Account> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final BooleanProperty reviewer = new SimpleBooleanProperty(false);
    private final BooleanProperty supervisor = new SimpleBooleanProperty(false);
    private final BooleanProperty admin = new SimpleBooleanProperty(false);
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final StringProperty resetPassword = new SimpleStringProperty("");
    private final StringProperty resetRepeat = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringBinding addProblem;
    private final StringBinding resetProblem;
    private final BooleanBinding canAdd;
    private final BooleanBinding canReset;
    private final BooleanBinding canDisable;

    public AccountsViewModel(ReviewSession session, TaskExecutor executor, PasswordPolicy policy) {
        this.session = session;
        this.executor = executor;
        this.policy = policy;
        addProblem = Bindings.createStringBinding(this::firstAddProblem, name, reviewer, supervisor, admin, password, repeat);
        resetProblem = Bindings.createStringBinding(() -> selected.get() == null ? Messages.get("accounts.selectOne")
                : passwordProblem(selected.get().name(), resetPassword.get(), resetRepeat.get()), selected, resetPassword, resetRepeat);
        canAdd = Bindings.createBooleanBinding(() -> !busy.get() && addProblem.get().isEmpty(), busy, addProblem);
        canReset = Bindings.createBooleanBinding(() -> !busy.get() && resetProblem.get().isEmpty(), busy, resetProblem);
        canDisable = Bindings.createBooleanBinding(() -> !busy.get() && selected.get() != null && selected.get().enabled()
                && !selected.get().name().equals(session.userName()), busy, selected);
        for (javafx.beans.Observable p : java.util.List.of(name, reviewer, supervisor, admin, password, repeat, resetPassword, resetRepeat)) {
            p.addListener(o -> error.set("")); // an old refusal goes once the input changes
        }
    }

    /** Whether this account may manage accounts (administrators). */
    public static boolean availableTo(ReviewSession session) {
        return session.may(org.secondlook.review.Permission.MANAGE_ACCOUNTS);
    }

    private String firstAddProblem() {
        if (name.get().isBlank()) {
            return Messages.get("accounts.needName");
        }
        if (roles().isEmpty()) {
            return Messages.get("accounts.needRole");
        }
        return passwordProblem(name.get().strip(), password.get(), repeat.get());
    }

    private String passwordProblem(String user, String pw, String again) {
        if (pw.isEmpty()) {
            return Messages.get("accounts.needPassword");
        }
        Optional<String> weak = policy.problem(user, pw.toCharArray());
        if (weak.isPresent()) {
            return weak.get();
        }
        return pw.equals(again) ? "" : Messages.get("accounts.passwordsDiffer");
    }

    public Set<Role> roles() {
        Set<Role> r = EnumSet.noneOf(Role.class);
        if (reviewer.get()) {
            r.add(Role.REVIEWER);
        }
        if (supervisor.get()) {
            r.add(Role.SUPERVISOR);
        }
        if (admin.get()) {
            r.add(Role.ADMIN);
        }
        return r;
    }

    /** Reloads the list, keeping the selection on the same account. */
    public void refresh() {
        String keep = selected.get() == null ? null : selected.get().name();
        executor.execute(() -> session.accounts().list(), list -> {
            accounts.setAll(list);
            selected.set(list.stream().filter(a -> a.name().equals(keep)).findFirst().orElse(null));
        }, this::failed);
    }

    /** Creates the account; the form empties for the next one. */
    public void add() {
        if (!canAdd.get()) {
            error.set(addProblem.get());
            return;
        }
        String user = name.get().strip();
        Set<Role> r = roles();
        char[] pw = password.get().toCharArray();
        busy.set(true);
        executor.execute(() -> {
            session.accounts().add(user, r, pw.clone());
            return user;
        }, done -> {
            Arrays.fill(pw, '\0');
            busy.set(false);
            name.set("");
            reviewer.set(false);
            supervisor.set(false);
            admin.set(false);
            password.set("");
            repeat.set("");
            message.set(Messages.get("accounts.added", done, rolesText(r)));
            refresh();
        }, e -> {
            Arrays.fill(pw, '\0');
            failed(e);
        });
    }

    /** Disables the selected account: it can no longer sign in or open the database. */
    public void disable() {
        Account a = selected.get();
        if (!canDisable.get()) {
            return;
        }
        busy.set(true);
        executor.execute(() -> {
            session.accounts().disable(a.name());
            return a.name();
        }, done -> {
            busy.set(false);
            message.set(Messages.get("accounts.disabled", done));
            refresh();
        }, this::failed);
    }

    /** Gives the selected account a new password (and enables it again). */
    public void reset() {
        Account a = selected.get();
        if (!canReset.get()) {
            error.set(resetProblem.get());
            return;
        }
        char[] pw = resetPassword.get().toCharArray();
        busy.set(true);
        executor.execute(() -> {
            session.accounts().reset(a.name(), pw.clone());
            return a.name();
        }, done -> {
            Arrays.fill(pw, '\0');
            busy.set(false);
            resetPassword.set("");
            resetRepeat.set("");
            message.set(Messages.get("accounts.reset", done));
            refresh();
        }, e -> {
            Arrays.fill(pw, '\0');
            failed(e);
        });
    }

    private void failed(Exception e) {
        busy.set(false);
        error.set(ErrorMessages.sentence(e));
    }

    /** The roles in words, e.g. "Reviewer, Supervisor". */
    public static String rolesText(Set<Role> roles) {
        return String.join(", ", roles.stream().sorted().map(r -> Messages.get("role." + r.name())).toList());
    }

    public ObservableList<Account> accounts() {
        return accounts;
    }

    public ObjectProperty<Account> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public BooleanProperty reviewerProperty() {
        return reviewer;
    }

    public BooleanProperty supervisorProperty() {
        return supervisor;
    }

    public BooleanProperty adminProperty() {
        return admin;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public StringProperty resetPasswordProperty() {
        return resetPassword;
    }

    public StringProperty resetRepeatProperty() {
        return resetRepeat;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public StringBinding addProblemProperty() {
        return addProblem;
    }

    public StringBinding resetProblemProperty() {
        return resetProblem;
    }

    public BooleanBinding canAddProperty() {
        return canAdd;
    }

    public BooleanBinding canResetProperty() {
        return canReset;
    }

    public BooleanBinding canDisableProperty() {
        return canDisable;
    }
}
