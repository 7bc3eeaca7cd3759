package org.secondlook.ui.conflicts;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
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
import org.secondlook.ui.ErrorMessages;
import org.secondlook.ui.Messages;
import org.secondlook.ui.TaskExecutor;

/**
 * What the two conflict lists share: open conflicts of one kind, the selected one, the reason a supervisor
 * must write before choosing, and one message line. Only supervisors choose; others look. The service
 * enforces both rules; this keeps the screen from asking it needlessly.
 *
 * @param <C> one conflict, with a stable id
 */
abstract class ConflictChoiceModel<C> {
    protected final ReviewSession session;
    private final TaskExecutor executor;
    private final ToLongFunction<C> idOf;
    private final boolean mayResolve;
    private final ObservableList<C> rows = FXCollections.observableArrayList();
    private final ObjectProperty<C> selected = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding canResolve;
    private final IntegerBinding count;

    ConflictChoiceModel(ReviewSession session, TaskExecutor executor, ToLongFunction<C> idOf) {
        this.session = session;
        this.executor = executor;
        this.idOf = idOf;
        this.mayResolve = session.may(Permission.SIGN_OFF);
        canResolve = Bindings.createBooleanBinding(() -> mayResolve && selected.get() != null && !busy.get()
                && !reason.get().isBlank(), selected, busy, reason);
        count = Bindings.size(rows);
        selected.addListener((o, a, b) -> {
            if (a == null || b == null || idOf.applyAsLong(a) != idOf.applyAsLong(b)) {
                reason.set("");
            }
        });
    }

    /** Reloads the open conflicts, keeping the selection on the same one when it is still open. */
    public abstract void refresh();

    /** Loads the list off the screen's thread, keeps the selection where it can, then runs {@code after}. */
    protected final void load(TaskExecutor.Work<List<C>> open, Consumer<List<C>> after) {
        Long keep = selected.get() == null ? null : idOf.applyAsLong(selected.get());
        busy.set(true);
        executor.execute(open, list -> {
            busy.set(false);
            rows.setAll(list);
            selected.set(list.stream().filter(c -> keep != null && idOf.applyAsLong(c) == keep).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0)));
            after.accept(list);
        }, this::failed);
    }

    /**
     * Resolves the selected conflict with the reason written, when this account may: {@code work} gets the
     * conflict and the reason and returns what {@code said} turns into the message line; the list reloads after.
     */
    protected final <R> void resolve(Resolution<C, R> work, java.util.function.Function<R, String> said) {
        C c = selected.get();
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
        executor.execute(() -> work.resolve(c, why), done -> {
            busy.set(false);
            reason.set("");
            show(said.apply(done), false);
            afterResolving();
        }, this::failed);
    }

    /** What follows a resolution: reload the list. */
    protected void afterResolving() {
        refresh();
    }

    /** One resolution in the service. */
    @FunctionalInterface
    protected interface Resolution<C, R> {
        R resolve(C conflict, String reason) throws Exception;
    }

    private void failed(Exception e) {
        busy.set(false);
        show(ErrorMessages.sentence(e), true);
    }

    protected final void show(String text, boolean problem) {
        failed.set(problem);
        message.set(text);
    }

    /** Whether this account may choose (supervisors); others see the conflicts read-only. */
    public boolean mayResolve() {
        return mayResolve;
    }

    public ObservableList<C> rows() {
        return rows;
    }

    public ObjectProperty<C> selectedProperty() {
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

    /** The number of open conflicts of this kind (the tab's title counts them). */
    public IntegerBinding countProperty() {
        return count;
    }
}
