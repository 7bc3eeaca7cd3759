package org.secondlook.ui.qa;

import java.time.Clock;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.secondlook.domain.Track;
import org.secondlook.review.Permission;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.qa.QaService.Disagreement;
import org.secondlook.ui.Messages;
import org.secondlook.ui.TaskExecutor;
import org.secondlook.ui.decision.ReasonCode;

/**
 * The supervisor's QA disagreements: both answers and who gave them, the case as the review screen shows
 * it (supervisors see everything), and the settlement (track, a reason that fits it, a comment). A
 * supervisor who gave either review is told so when selecting the case; the service refuses the
 * settlement, and its sentence is shown.
 */
public final class SettleViewModel extends QaListModel<Disagreement> {
    static final int PAGE = 500;
    private final ReviewSession session;
    private final StringProperty comment = new SimpleStringProperty("");
    private final BooleanBinding ownCase;
    private final BooleanBinding canSettle;

    public SettleViewModel(ReviewSession session, TaskExecutor executor, List<ReasonCode> reasons, Clock clock) {
        super(executor, reasons, session.cases(), clock, Disagreement::applicantId, "qa.settle.count");
        this.session = session;
        ownCase = Bindings.createBooleanBinding(() -> selectedProperty().get() != null
                && (session.userName().equals(selectedProperty().get().firstBy())
                || session.userName().equals(selectedProperty().get().secondBy())), selectedProperty());
        // a supervisor who gave one of the reviews is warned on selection, but the rule is the service's: a try
        // is sent, and its refusal is the sentence shown
        canSettle = Bindings.createBooleanBinding(() -> selectedProperty().get() != null && !busyProperty().get()
                && choice().complete() && !comment.get().isBlank(), selectedProperty(), busyProperty(),
                choice().trackProperty(), choice().reasonProperty(), comment);
    }

    @Override
    List<Disagreement> fetch() {
        return session.qa().disagreements(PAGE);
    }

    @Override
    void otherCase(Disagreement row) {
        comment.set("");
        if (row != null && ownCase.get()) {
            messageProperty().set(Messages.get("qa.settle.reviewer"));
        }
    }

    /** Settles the selected disagreement with the chosen track, reason and comment. */
    public void settle() {
        Disagreement d = selectedProperty().get();
        if (!canSettle.get()) {
            explain(d);
            return;
        }
        Track t = choice().trackProperty().get();
        String code = choice().reasonProperty().get().code();
        String text = comment.get().strip();
        send(d, () -> session.qa().settle(d.applicantId(), t, code, text),
                Messages.get("qa.settle.settled", d.applicantId(), Messages.get("track." + t.name())));
    }

    /** Says what is missing before a settlement. */
    private void explain(Disagreement d) {
        if (busyProperty().get() || d == null) {
            return;
        }
        messageProperty().set(Messages.get(choice().trackProperty().get() == null ? "qa.settle.needTrack"
                : choice().reasonProperty().get() == null ? "qa.settle.needReason" : "qa.settle.needComment"));
    }

    /** The reason code's plain label. */
    public String reasonLabel(String code) {
        return choice().label(code);
    }

    /** Whether this account settles QA disagreements (the supervisor role). */
    public static boolean availableTo(ReviewSession session) {
        return session.may(Permission.QA_SETTLE);
    }

    public StringProperty commentProperty() {
        return comment;
    }

    /** Whether this supervisor gave one of the two reviews of the selected case (then another must settle). */
    public BooleanBinding ownCaseProperty() {
        return ownCase;
    }

    public BooleanBinding canSettleProperty() {
        return canSettle;
    }
}
