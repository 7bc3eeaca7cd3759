package org.secondlook.ui.exporting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.secondlook.domain.ReviewState;
import org.secondlook.review.exchange.ExportCancelledException;
import org.secondlook.review.exchange.ExportProgress;
import org.secondlook.review.exchange.ExportResult;
import org.secondlook.review.Permission;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.exchange.ExportFilter;
import org.secondlook.review.exchange.WorkbookExport;
import org.secondlook.ui.ErrorMessages;
import org.secondlook.ui.Messages;
import org.secondlook.ui.TaskExecutor;

/**
 * The Export… dialog's model: the target file, the filters of {@code export --state --office --since},
 * an optional password for files leaving the building, and the export itself in the background
 * with progress and cancel, through the same workbook export service the command line calls (it writes the
 * export's audit event on success).
 */
public final class ExportViewModel {
    static final String EXTENSION = ".xlsx";
    private final ReviewSession session;
    private final TaskExecutor executor;
    private final WorkbookExport workbooks;
    private final ObjectProperty<Path> target = new SimpleObjectProperty<>();
    private final ObservableSet<ReviewState> states = FXCollections.observableSet(EnumSet.noneOf(ReviewState.class));
    private final StringProperty office = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> since = new SimpleObjectProperty<>();
    private final BooleanProperty encrypt = new SimpleBooleanProperty(false);
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty confirm = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty(false);
    private final ObjectProperty<ExportResult> result = new SimpleObjectProperty<>();
    private final BooleanBinding canExport;
    private final AtomicBoolean cancelRequested = new AtomicBoolean();

    /** Exports through the session's workbook export, as the command line does. */
    public ExportViewModel(ReviewSession session, TaskExecutor executor) {
        this(session, executor, (filter, target, password, progress) -> session.exchange().export(filter, target,
                password, progress));
    }

    /** Exports through {@code workbooks}: the session's, or a wrapper around it in tests. */
    public ExportViewModel(ReviewSession session, TaskExecutor executor, WorkbookExport workbooks) {
        this.session = session;
        this.executor = executor;
        this.workbooks = workbooks;
        boolean mayExport = session.may(Permission.EXPORT);
        canExport = Bindings.createBooleanBinding(() -> !running.get() && target.get() != null && mayExport, running,
                target);
    }

    /** Whether this account may export (administrators and supervisors); for others the action is disabled. */
    public static boolean availableTo(ReviewSession session) {
        return session.may(Permission.EXPORT);
    }

    /** A file name to offer in the file chooser: the office and today's date. */
    public String suggestedFileName(LocalDate today) {
        String name = session.officeName().strip().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (name.isEmpty() ? "second-look" : name.toLowerCase(Locale.ROOT)) + "-" + today + EXTENSION;
    }

    /** Starts the export, unless something must be fixed first (then {@link #messageProperty()} says what). */
    public void export() {
        if (running.get()) {
            return;
        }
        String problem = problem();
        if (problem != null) {
            show(problem, true);
            return;
        }
        Path file = withExtension(target.get());
        target.set(file);
        ExportFilter filter = new ExportFilter(java.util.Set.copyOf(states),
                office.get().isBlank() ? null : office.get().strip(), since.get());
        char[] secret = encrypt.get() ? password.get().toCharArray() : null;
        cancelRequested.set(false);
        result.set(null);
        running.set(true);
        progress.set(-1);
        progressText.set(Messages.get("export.starting"));
        show(Messages.get("export.running", file.getFileName()), false);
        executor.execute(() -> {
            try {
                return workbooks.export(filter, file, secret, tracker(file));
            } finally {
                if (secret != null) {
                    Arrays.fill(secret, '\0');
                }
            }
        }, r -> {
            finish();
            progress.set(1);
            progressText.set("");
            result.set(r);
            show(Messages.get("export.done", r.decisions(), r.evidence(), r.auditEvents(), r.file().getFileName())
                    + (r.encrypted() ? " " + Messages.get("export.doneEncrypted") : ""), false);
        }, e -> {
            finish();
            progress.set(0);
            progressText.set("");
            if (e instanceof ExportCancelledException) {
                show(Messages.get("export.canceled", file.getFileName()), false);
            } else {
                show(ErrorMessages.sentence(e), true);
            }
        });
    }

    private ExportProgress tracker(Path file) {
        return new ExportProgress() {
            @Override
            public void rowsWritten(String sheet, long rows, double fraction) {
                boolean last = ExportProgress.LAST_SHEET.equals(sheet) && fraction >= 1.0;
                executor.onUiThread(() -> {
                    if (!running.get() || cancelRequested.get()) {
                        return;
                    }
                    progress.set(last ? -1 : fraction);
                    progressText.set(last ? Messages.get("export.writingFile", file.getFileName())
                            : Messages.get("export.rows", sheet, rows));
                });
            }

            @Override
            public boolean isCancelled() {
                return cancelRequested.get();
            }
        };
    }

    /** What must be fixed before exporting, or null. */
    private String problem() {
        if (!session.may(Permission.EXPORT)) {
            return Permission.EXPORT.rule();
        }
        if (target.get() == null) {
            return Messages.get("export.needFile");
        }
        Path file = withExtension(target.get()).toAbsolutePath();
        if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
            return Messages.get("export.noFolder", file.getParent());
        }
        if (Files.isDirectory(file)) {
            return Messages.get("export.isFolder", file);
        }
        if (encrypt.get()) {
            if (password.get().isEmpty()) {
                return Messages.get("export.needPassword");
            }
            if (!password.get().equals(confirm.get())) {
                return Messages.get("export.passwordsDiffer");
            }
        }
        return null;
    }

    static Path withExtension(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(EXTENSION) ? p : p.resolveSibling(name + EXTENSION);
    }

    /** Asks the running export to stop; the exporter removes what it had written. */
    public void cancel() {
        if (running.get()) {
            cancelRequested.set(true);
            progressText.set(Messages.get("export.canceling"));
        }
    }

    /** After an export, whatever its outcome: the password is not kept. */
    private void finish() {
        running.set(false);
        password.set("");
        confirm.set("");
    }

    private void show(String text, boolean problem) {
        failed.set(problem);
        message.set(text);
    }

    /** Whether a file of that name is there already (it will be replaced once the new one is complete). */
    public boolean targetExists() {
        return target.get() != null && Files.isRegularFile(withExtension(target.get()));
    }

    public ObjectProperty<Path> targetProperty() {
        return target;
    }

    /** The states to export; none selected means every case. */
    public ObservableSet<ReviewState> states() {
        return states;
    }

    public StringProperty officeProperty() {
        return office;
    }

    public ObjectProperty<LocalDate> sinceProperty() {
        return since;
    }

    public BooleanProperty encryptProperty() {
        return encrypt;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty confirmProperty() {
        return confirm;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** Whether the message is a problem to fix (shown as an error). */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed;
    }

    /** The last successful export, or null. */
    public ReadOnlyObjectProperty<ExportResult> resultProperty() {
        return result;
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }
}
