package org.secondlook.ui.qa;

import java.time.Clock;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import org.secondlook.domain.Track;
import org.secondlook.review.Permission;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.qa.QaService.Waiting;
import org.secondlook.ui.Messages;
import org.secondlook.ui.TaskExecutor;
import org.secondlook.ui.decision.ReasonCode;

/**
 * The blind second review: the cases waiting for this reviewer (never their own decisions), the selected
 * one's résumé as the QA service gives it (nothing of the first decision, the tool's label or the
 * analyzer's verdict), and the answer, a track and a reason that fits it. The service enforces the rules;
 * this model keeps the button honest and says what is missing.
 */
public final class SecondReviewViewModel extends QaListModel<Waiting> {
    static final int PAGE = 500;
    private final ReviewSession session;
    private final BooleanBinding canAnswer;

    public SecondReviewViewModel(ReviewSession session, TaskExecutor executor, List<ReasonCode> reasons, Clock clock) {
        super(executor, reasons, new BlindQueries(session), clock, Waiting::applicantId, "qa.review.count");
        this.session = session;
        caseFile().blindFirstProperty().set(true); // and never revealed: the blind case has nothing to reveal anyway
        canAnswer = Bindings.createBooleanBinding(() -> selectedProperty().get() != null && !busyProperty().get()
                && choice().complete(), selectedProperty(), busyProperty(), choice().trackProperty(),
                choice().reasonProperty());
        choice().reasonProperty().addListener((o, a, r) -> {
            if (r != null && !busyProperty().get()) {
                messageProperty().set("");
            }
        });
    }

    @Override
    List<Waiting> fetch() {
        return session.qa().toAnswer(PAGE);
    }

    /** Records the answer for the selected case; the list then moves on to the next one. */
    public void answer() {
        Waiting w = selectedProperty().get();
        if (!canAnswer.get()) {
            if (!busyProperty().get()) {
                messageProperty().set(Messages.get(w == null ? "qa.review.needCase"
                        : choice().trackProperty().get() == null ? "qa.review.needTrack" : "qa.review.needReason"));
            }
            return;
        }
        Track t = choice().trackProperty().get();
        String code = choice().reasonProperty().get().code();
        send(w, () -> session.qa().answer(w.applicantId(), t, code),
                Messages.get("qa.review.answered", w.applicantId(), Messages.get("track." + t.name())));
    }

    /** Whether this account gives second reviews (the reviewer role). */
    public static boolean availableTo(ReviewSession session) {
        return session.may(Permission.QA_ANSWER);
    }

    public BooleanBinding canAnswerProperty() {
        return canAnswer;
    }
}
