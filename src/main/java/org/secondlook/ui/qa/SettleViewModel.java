package org.secondlook.ui.qa;

import java.time.Clock;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.secondlook.domain.Track;
import org.secondlook.review.Permission;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.qa.QaService.Disagreement;
import org.secondlook.ui.ErrorMessages;
import org.secondlook.ui.Messages;
import org.secondlook.ui.TaskExecutor;
import org.secondlook.ui.casefile.CaseViewModel;
import org.secondlook.ui.decision.ReasonCode;
import org.secondlook.ui.decision.TrackReasonChoice;

/**
 * The supervisor's QA disagreements: both answers and who gave them, the case as the review screen shows
 * it, and the settlement (track, a reason that fits it, a comment). A supervisor who gave either review
 * is told so when selecting the case; the service refuses the settlement, and its sentence is shown.
 */
public final class SettleViewModel {
    static final int PAGE = 500;
    private final ReviewSession session;
    private final TaskExecutor executor;
    private final ObservableList<Disagreement> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Disagreement> selected = new SimpleObjectProperty<>();
    private final TrackReasonChoice choice;
    private final CaseViewModel caseFile;
    private final StringProperty comment = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final IntegerProperty count = new SimpleIntegerProperty(0);
    private final BooleanBinding ownCase;
    private final BooleanBinding canSettle;

    public SettleViewModel(ReviewSession session, TaskExecutor executor, List<ReasonCode> reasons, Clock clock) {
        this.session = session;
        this.executor = executor;
        this.choice = new TrackReasonChoice(reasons);
        this.caseFile = new CaseViewModel(session.cases(), executor, clock);
        ownCase = Bindings.createBooleanBinding(() -> selected.get() != null
                && (session.userName().equals(selected.get().firstBy()) || session.userName().equals(selected.get().secondBy())),
                selected);
        // a supervisor who gave one of the reviews is warned on selection, but the rule is the service's: a try
        // is sent, and its refusal is the sentence shown
        canSettle = Bindings.createBooleanBinding(() -> selected.get() != null && !busy.get() && choice.complete()
                && !comment.get().isBlank(), selected, busy, choice.trackProperty(), choice.reasonProperty(), comment);
        selected.addListener((o, a, b) -> {
            if (a == null || b == null || !a.applicantId().equals(b.applicantId())) {
                choice.clear();
                comment.set("");
                caseFile.open(b == null ? null : b.applicantId());
                if (b != null && ownCase.get()) {
                    message.set(Messages.get("qa.settle.reviewer"));
                }
            }
        });
    }

    /** Reloads the list, keeping the selection on the same case while it still waits. */
    public void refresh() {
        String keep = selected.get() == null ? null : selected.get().applicantId();
        executor.execute(() -> session.qa().disagreements(PAGE), list -> {
            rows.setAll(list);
            count.set(list.size());
            selected.set(list.stream().filter(d -> d.applicantId().equals(keep)).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0)));
            if (message.get().isEmpty()) {
                message.set(Messages.get("qa.settle.count", list.size()));
            }
        }, e -> message.set(ErrorMessages.sentence(e)));
    }

    /** Settles the selected disagreement with the chosen track, reason and comment. */
    public void settle() {
        Disagreement d = selected.get();
        if (!canSettle.get()) {
            explain(d);
            return;
        }
        Track t = choice.trackProperty().get();
        String code = choice.reasonProperty().get().code();
        String text = comment.get().strip();
        busy.set(true);
        executor.execute(() -> {
            session.qa().settle(d.applicantId(), t, code, text);
            return d.applicantId();
        }, id -> {
            busy.set(false);
            message.set(Messages.get("qa.settle.settled", id, Messages.get("track." + t.name())));
            selected.set(null);
            refresh();
        }, e -> {
            busy.set(false);
            message.set(ErrorMessages.sentence(e));
        });
    }

    /** Says what is missing before a settlement. */
    private void explain(Disagreement d) {
        if (busy.get() || d == null) {
            return;
        }
        message.set(Messages.get(choice.trackProperty().get() == null ? "qa.settle.needTrack"
                : choice.reasonProperty().get() == null ? "qa.settle.needReason" : "qa.settle.needComment"));
    }

    /** The reason code's plain label. */
    public String reasonLabel(String code) {
        return choice.label(code);
    }

    /** Whether this account settles QA disagreements (the supervisor role). */
    public static boolean availableTo(ReviewSession session) {
        return session.may(Permission.QA_SETTLE);
    }

    public ObservableList<Disagreement> rows() {
        return rows;
    }

    public ObjectProperty<Disagreement> selectedProperty() {
        return selected;
    }

    /** The settlement's track and reason. */
    public TrackReasonChoice choice() {
        return choice;
    }

    /** The selected case, as the review screen shows it (supervisors see everything). */
    public CaseViewModel caseFile() {
        return caseFile;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public IntegerProperty countProperty() {
        return count;
    }

    /** Whether this supervisor gave one of the two reviews of the selected case (then another must settle). */
    public BooleanBinding ownCaseProperty() {
        return ownCase;
    }

    public BooleanBinding canSettleProperty() {
        return canSettle;
    }
}
