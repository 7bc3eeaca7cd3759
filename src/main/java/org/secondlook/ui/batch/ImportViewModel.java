package org.secondlook.ui.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.secondlook.review.imports.BatchImport;
import org.secondlook.review.imports.ImportProgress;
import org.secondlook.review.imports.ImportReport;
import org.secondlook.ui.ErrorMessages;
import org.secondlook.ui.Messages;
import org.secondlook.ui.TaskExecutor;

/** Runs an import in the background with progress and cancel, and says in one line how it went. */
public final class ImportViewModel {
    private final TaskExecutor executor;
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty details = new SimpleStringProperty("");
    private final AtomicBoolean cancelRequested = new AtomicBoolean();

    public ImportViewModel(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Imports {@code file}; {@code whenDone} runs on the UI thread after success or failure. */
    public void importFile(BatchImport imports, Path file, Runnable whenDone) {
        cancelRequested.set(false);
        running.set(true);
        progress.set(-1);
        message.set(Messages.get("import.running", file.getFileName()));
        details.set("");
        ImportProgress tracker = new ImportProgress() {
            @Override
            public void rowsDone(long rows, double fraction) {
                executor.onUiThread(() -> {
                    progress.set(fraction);
                    message.set(Messages.get("import.rowsDone", rows));
                });
            }

            @Override
            public boolean isCancelled() {
                return cancelRequested.get();
            }
        };
        executor.execute(() -> imports.importBatch(file, tracker), report -> {
            running.set(false);
            progress.set(1);
            message.set(summary(report));
            details.set(rejectionLines(report));
            whenDone.run();
        }, e -> {
            running.set(false);
            progress.set(0);
            message.set(ErrorMessages.sentence(e));
            whenDone.run();
        });
    }

    static String summary(ImportReport report) {
        String line = report.countsLine();
        if (report.cancelled()) {
            return Messages.get("import.canceled", line);
        }
        return report.nothingChanged() ? Messages.get("import.nothingChanged", line) : Messages.get("import.done", line);
    }

    private static String rejectionLines(ImportReport report) {
        StringBuilder sb = new StringBuilder();
        for (ImportReport.RejectedRow r : report.rejectedRows()) {
            sb.append(Messages.get("import.rejectedRow", String.valueOf(r.rowNumber()), String.valueOf(r.applicantId()), r.reason())).append('\n');
        }
        return sb.toString();
    }

    public void cancel() {
        cancelRequested.set(true);
        message.set(Messages.get("import.canceling"));
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyStringProperty detailsProperty() {
        return details;
    }
}
