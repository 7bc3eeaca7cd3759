package org.secondlook.ui.conflicts;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.secondlook.review.Permission;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.remediation.OfficeTraining.Conflict;
import org.secondlook.ui.ErrorMessages;
import org.secondlook.ui.Messages;
import org.secondlook.ui.TaskExecutor;

/**
 * Headquarters' training conflicts: two offices' packages moved one applicant's training record differently.
 * A supervisor keeps one office's record (the other is set aside), always with a reason; others look only.
 * The service enforces both rules; this mirrors {@link ConflictsViewModel}.
 */
public final class TrainingConflictsViewModel {
    private final ReviewSession session;
    private final TaskExecutor executor;
    private final boolean mayResolve;
    private final ObservableList<Conflict> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Conflict> selected = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding canResolve;
    private final IntegerBinding count;

    public TrainingConflictsViewModel(ReviewSession session, TaskExecutor executor) {
        this.session = session;
        this.executor = executor;
        this.mayResolve = session.may(Permission.SIGN_OFF);
        canResolve = Bindings.createBooleanBinding(() -> mayResolve && selected.get() != null && !busy.get()
                && !reason.get().isBlank(), selected, busy, reason);
        count = Bindings.size(rows);
        selected.addListener((o, a, b) -> {
            if (a == null || b == null || a.id() != b.id()) {
                reason.set("");
            }
        });
    }

    /** Reloads the open training conflicts, keeping the selection on the same one when it is still open. */
    public void refresh() {
        Long keep = selected.get() == null ? null : selected.get().id();
        busy.set(true);
        executor.execute(() -> session.remediation().officeConflicts(), list -> {
            busy.set(false);
            rows.setAll(list);
            selected.set(list.stream().filter(c -> keep != null && c.id() == keep).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0)));
        }, this::failed);
    }

    /** Keeps the record of the selected conflict's office (the one whose package raised it). */
    public void keepOffice() {
        Conflict c = selected.get();
        resolve(c == null ? null : c.office());
    }

    /** Keeps the record of the selected conflict's other office (the one kept here before). */
    public void keepOtherOffice() {
        Conflict c = selected.get();
        resolve(c == null ? null : c.otherOffice());
    }

    private void resolve(String office) {
        Conflict c = selected.get();
        if (!mayResolve) {
            show(Messages.get("conflicts.readOnly"), true);
            return;
        }
        if (c == null || busy.get()) {
            return;
        }
        if (reason.get().isBlank()) {
            show(Messages.get("conflicts.needReason"), true);
            return;
        }
        String why = reason.get().strip();
        busy.set(true);
        executor.execute(() -> session.remediation().resolveOfficeConflict(c.id(), office, why), done -> {
            reason.set("");
            show(Messages.get("conflicts.training.kept", done.applicantId(), office,
                    office.equals(done.office()) ? done.otherOffice() : done.office()), false);
            refresh();
        }, this::failed);
    }

    private void failed(Exception e) {
        busy.set(false);
        show(ErrorMessages.sentence(e), true);
    }

    private void show(String text, boolean problem) {
        failed.set(problem);
        message.set(text);
    }

    /** Whether this account may choose (supervisors); others see the conflicts read-only. */
    public boolean mayResolve() {
        return mayResolve;
    }

    public ObservableList<Conflict> rows() {
        return rows;
    }

    public ObjectProperty<Conflict> selectedProperty() {
        return selected;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** True when a supervisor has a conflict selected and a reason written. */
    public BooleanBinding canResolveProperty() {
        return canResolve;
    }

    /** The number of open training conflicts (the tab's title counts them with the others). */
    public IntegerBinding countProperty() {
        return count;
    }
}
