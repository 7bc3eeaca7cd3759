package org.secondlook.ui.setup;

import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.Workstation;
import org.secondlook.ui.ErrorMessages;
import org.secondlook.ui.Messages;
import org.secondlook.ui.TaskExecutor;
import org.secondlook.ui.batch.ImportViewModel;
import org.secondlook.ui.accounts.AccountsViewModel;
import org.secondlook.review.accounts.PasswordPolicy;

/**
 * The first start with no database: office name, first administrator, password twice; then the
 * offer to add the first reviewer and supervisor and to load the demo batch. Ends logged in as the
 * new administrator.
 */
public final class FirstRunViewModel {
    /** Where the dialog stands. */
    public enum Step { FORM, OFFER_DEMO, IMPORTING }

    private final Workstation workstation;
    private final TaskExecutor executor;
    private final DemoBatchSource demo;
    private final Consumer<ReviewSession> onDone;
    private final ImportViewModel importer;
    private final StringProperty office = new SimpleStringProperty("");
    private final StringProperty admin = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.FORM);
    private final StringBinding problem;
    private final BooleanBinding canCreate;
    private final BooleanProperty writingDemo = new SimpleBooleanProperty(false);
    private final ObjectProperty<AccountsViewModel> accounts = new SimpleObjectProperty<>();
    private ReviewSession session;

    public FirstRunViewModel(Workstation workstation, TaskExecutor executor, DemoBatchSource demo,
                             Consumer<ReviewSession> onDone) {
        this.workstation = workstation;
        this.executor = executor;
        this.demo = demo;
        this.onDone = onDone;
        this.importer = new ImportViewModel(executor);
        problem = Bindings.createStringBinding(this::firstProblem, office, admin, password, repeat);
        canCreate = Bindings.createBooleanBinding(() -> !busy.get() && problem.get().isEmpty(), busy, problem);
        for (javafx.beans.Observable p : java.util.List.of(office, admin, password, repeat)) {
            p.addListener(o -> error.set("")); // a refusal speaks of the input it refused; new input, no old sentence
        }
    }

    private String firstProblem() {
        if (office.get().isBlank()) {
            return Messages.get("setup.needOffice");
        }
        if (admin.get().isBlank()) {
            return Messages.get("setup.needAdmin");
        }
        if (password.get().isEmpty()) {
            return Messages.get("setup.needPassword");
        }
        if (!password.get().equals(repeat.get())) {
            return Messages.get("setup.passwordsDiffer");
        }
        return "";
    }

    /** Creates the database and administrator, then logs in as that administrator. */
    public void create() {
        if (!canCreate.get()) {
            return;
        }
        String officeName = office.get().trim();
        String adminName = admin.get().trim();
        char[] pw = password.get().toCharArray();
        busy.set(true);
        error.set("");
        executor.execute(() -> {
            workstation.initialize(adminName, pw.clone(), officeName);
            return workstation.login(adminName, pw.clone());
        }, s -> {
            Arrays.fill(pw, '\0');
            busy.set(false);
            password.set("");
            repeat.set("");
            session = s;
            if (AccountsViewModel.availableTo(s)) {
                AccountsViewModel a = new AccountsViewModel(s, executor, PasswordPolicy.standard());
                a.reviewerProperty().set(true);
                accounts.set(a);
            }
            step.set(Step.OFFER_DEMO);
        }, e -> {
            Arrays.fill(pw, '\0');
            busy.set(false);
            error.set(ErrorMessages.sentence(e));
        });
    }

    /** Writes the demo batch and imports it; the window opens when it is in. */
    public void loadDemo() {
        if (session == null) {
            return;
        }
        step.set(Step.IMPORTING);
        error.set("");
        writingDemo.set(true);
        executor.execute(demo::writeDemoBatch,
                file -> {
                    writingDemo.set(false);
                    importer.importFile(session.imports(), file, () -> onDone.accept(session));
                },
                e -> {
                    writingDemo.set(false);
                    error.set(ErrorMessages.sentence(e));
                    step.set(Step.OFFER_DEMO);
                });
    }

    /** Opens the window with an empty queue. */
    public void skipDemo() {
        if (session != null) {
            onDone.accept(session);
        }
    }

    public StringProperty officeProperty() {
        return office;
    }

    public StringProperty adminProperty() {
        return admin;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public StringBinding problemProperty() {
        return problem;
    }

    public BooleanBinding canCreateProperty() {
        return canCreate;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step;
    }

    /** While the demo batch's files are being written (before the import's own progress starts). */
    public ReadOnlyBooleanProperty writingDemoProperty() {
        return writingDemo;
    }

    /** Accounts to add right after the administrator (the first reviewer and supervisor); null before. */
    public ReadOnlyObjectProperty<AccountsViewModel> accountsProperty() {
        return accounts;
    }

    public ImportViewModel importer() {
        return importer;
    }
}
