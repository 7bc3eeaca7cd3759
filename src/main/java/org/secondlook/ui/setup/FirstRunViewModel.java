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
import org.secondlook.review.ServerConnector;
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
    /** The shared server connected to, once it answered. */
    private Workstation server;
    private final ServerConnector connector;
    private final Consumer<Workstation> onExistingServer;
    private final BooleanProperty onServer = new SimpleBooleanProperty(false);
    private final StringProperty serverUrl = new SimpleStringProperty("");
    private final StringProperty serverPasswordFile = new SimpleStringProperty("");
    private final StringProperty serverCaFile = new SimpleStringProperty("");
    private final BooleanProperty connected = new SimpleBooleanProperty(false);
    private final StringProperty serverMessage = new SimpleStringProperty("");
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

    /** The dialog for this workstation's encrypted file only (no shared server offered). */
    public FirstRunViewModel(Workstation workstation, TaskExecutor executor, DemoBatchSource demo,
                             Consumer<ReviewSession> onDone) {
        this(workstation, null, w -> { }, executor, demo, onDone);
    }

    /**
     * The dialog offering "this workstation" ({@code workstation}, the encrypted file) or "a shared server"
     * ({@code connector}); a server that holds an installation already goes to {@code onExistingServer} (log in).
     */
    public FirstRunViewModel(Workstation workstation, ServerConnector connector, Consumer<Workstation> onExistingServer,
                             TaskExecutor executor, DemoBatchSource demo, Consumer<ReviewSession> onDone) {
        this.workstation = workstation;
        this.connector = connector;
        this.onExistingServer = onExistingServer;
        this.executor = executor;
        this.demo = demo;
        this.onDone = onDone;
        this.importer = new ImportViewModel(executor);
        problem = Bindings.createStringBinding(this::firstProblem, office, admin, password, repeat, onServer, connected);
        canCreate = Bindings.createBooleanBinding(() -> !busy.get() && problem.get().isEmpty(), busy, problem);
        for (javafx.beans.Observable p : java.util.List.of(office, admin, password, repeat, serverUrl, serverPasswordFile,
                serverCaFile, onServer)) {
            p.addListener(o -> error.set("")); // a refusal speaks of the input it refused; new input, no old sentence
        }
        for (javafx.beans.Observable p : java.util.List.of(serverUrl, serverPasswordFile, serverCaFile, onServer)) {
            p.addListener(o -> {
                connected.set(false); // another server: connect again
                serverMessage.set("");
            });
        }
    }

    /**
     * Connects to the shared server typed in; one that holds an installation already opens the login, a new one
     * continues with the office and its first administrator. What is wrong is said in one sentence.
     */
    public void connect() {
        if (connector == null || busy.get()) {
            return;
        }
        String url = serverUrl.get();
        String pw = serverPasswordFile.get();
        String ca = serverCaFile.get();
        busy.set(true);
        error.set("");
        serverMessage.set("");
        executor.execute(() -> connector.connect(url, pw, ca), c -> {
            busy.set(false);
            if (c.initialized()) {
                onExistingServer.accept(c.workstation());
                return;
            }
            server = c.workstation();
            connected.set(true);
            serverMessage.set(Messages.get("setup.serverConnected"));
        }, e -> {
            busy.set(false);
            error.set(ErrorMessages.sentence(e));
        });
    }

    private String firstProblem() {
        if (onServer.get() && !connected.get()) {
            return Messages.get("setup.needServer");
        }
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
        Workstation target = onServer.get() ? server : workstation;
        executor.execute(() -> {
            target.initialize(adminName, pw.clone(), officeName);
            return target.login(adminName, pw.clone());
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

    /** Whether a shared server can be chosen here. */
    public boolean offersServer() {
        return connector != null;
    }

    /** "A shared server" chosen instead of "this workstation". */
    public BooleanProperty onServerProperty() {
        return onServer;
    }

    public StringProperty serverUrlProperty() {
        return serverUrl;
    }

    public StringProperty serverPasswordFileProperty() {
        return serverPasswordFile;
    }

    public StringProperty serverCaFileProperty() {
        return serverCaFile;
    }

    /** True once the server typed in answered and holds no installation yet. */
    public ReadOnlyBooleanProperty connectedProperty() {
        return connected;
    }

    public ReadOnlyStringProperty serverMessageProperty() {
        return serverMessage;
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
