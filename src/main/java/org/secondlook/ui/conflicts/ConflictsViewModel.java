package org.secondlook.ui.conflicts;

import java.util.Map;
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
import org.secondlook.review.exchange.MergeConflicts.Conflict;
import org.secondlook.ui.ErrorMessages;
import org.secondlook.ui.Messages;
import org.secondlook.ui.TaskExecutor;

/**
 * Headquarters' conflicts screen: decisions from merged packages that disagree with the one in
 * force here. A supervisor takes the incoming decision or keeps the current one, always with a
 * reason; an administrator may look but not choose. The service enforces both rules.
 */
public final class ConflictsViewModel {
    private final ReviewSession session;
    private final TaskExecutor executor;
    private final Map<String, String> reasons;
    private final boolean mayResolve;
    private final ObservableList<Conflict> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Conflict> selected = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding canResolve;
    private final IntegerBinding count;

    public ConflictsViewModel(ReviewSession session, TaskExecutor executor) {
        this.session = session;
        this.executor = executor;
        this.reasons = session.reasonCodes();
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

    /** Whether the screen is shown at all: headquarters' supervisors and administrators. */
    public static boolean availableTo(ReviewSession session) {
        return session.may(Permission.MERGE_PACKAGES);
    }

    /** Reloads the open conflicts, keeping the selection on the same one when it is still open. */
    public void refresh() {
        load(true);
    }

    /** @param sayCount whether the message line then says how many are open (not right after a resolution) */
    private void load(boolean sayCount) {
        Long keep = selected.get() == null ? null : selected.get().id();
        busy.set(true);
        executor.execute(() -> session.exports().conflicts().open(), list -> {
            busy.set(false);
            rows.setAll(list);
            selected.set(list.stream().filter(c -> keep != null && c.id() == keep).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0)));
            if (sayCount) {
                // none open: the list's placeholder says so
                show(list.isEmpty() ? "" : Messages.get("conflicts.count", list.size()), false);
            }
        }, this::failed);
    }

    /** The package's decision becomes the case's decision (the current one stays in the history). */
    public void takeIncoming() {
        resolve(true);
    }

    /** The decision in force here stays; the incoming one is set aside. */
    public void keepCurrent() {
        resolve(false);
    }

    private void resolve(boolean takeIncoming) {
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
        executor.execute(() -> {
            session.exports().conflicts().resolve(c.id(), takeIncoming, why);
            return c;
        }, done -> {
            busy.set(false);
            reason.set("");
            show(takeIncoming ? Messages.get("conflicts.tookIncoming", done.applicantId(), done.office())
                    : Messages.get("conflicts.keptCurrent", done.applicantId()), false);
            load(false);
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

    /** A track's name as the screens write it, or a dash. */
    public String trackLabel(org.secondlook.domain.Track track) {
        return track == null ? "\u2014" : Messages.get("track." + track.name());
    }

    /** The reason code's plain label, or a dash. */
    public String reasonLabel(String code) {
        return code == null ? "\u2014" : reasons.getOrDefault(code, code);
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

    /** The number of open conflicts (the tab's title shows it). */
    public IntegerBinding countProperty() {
        return count;
    }
}
