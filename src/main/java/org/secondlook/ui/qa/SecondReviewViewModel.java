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
import org.secondlook.review.qa.QaService.Waiting;
import org.secondlook.ui.ErrorMessages;
import org.secondlook.ui.Messages;
import org.secondlook.ui.TaskExecutor;
import org.secondlook.ui.casefile.CaseViewModel;
import org.secondlook.ui.decision.ReasonCode;
import org.secondlook.ui.decision.TrackReasonChoice;

/**
 * The blind second review: the cases waiting for this reviewer (never their own decisions), the selected
 * one's résumé as the QA service gives it (nothing of the first decision, the tool's label or the
 * analyzer's verdict), and the answer, a track and a reason that fits it. The service enforces the rules;
 * this model keeps the button honest and says what is missing.
 */
public final class SecondReviewViewModel {
    static final int PAGE = 500;
    private final ReviewSession session;
    private final TaskExecutor executor;
    private final ObservableList<Waiting> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Waiting> selected = new SimpleObjectProperty<>();
    private final TrackReasonChoice choice;
    private final CaseViewModel caseFile;
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final IntegerProperty count = new SimpleIntegerProperty(0);
    private final BooleanBinding canAnswer;

    public SecondReviewViewModel(ReviewSession session, TaskExecutor executor, List<ReasonCode> reasons, Clock clock) {
        this.session = session;
        this.executor = executor;
        this.choice = new TrackReasonChoice(reasons);
        this.caseFile = new CaseViewModel(new BlindQueries(session), executor, clock);
        caseFile.blindFirstProperty().set(true); // and never revealed: the blind case has nothing to reveal anyway
        canAnswer = Bindings.createBooleanBinding(() -> selected.get() != null && !busy.get() && choice.complete(),
                selected, busy, choice.trackProperty(), choice.reasonProperty());
        selected.addListener((o, a, b) -> {
            if (a == null || b == null || !a.applicantId().equals(b.applicantId())) {
                choice.clear();
                caseFile.open(b == null ? null : b.applicantId());
            }
        });
        choice.reasonProperty().addListener((o, a, r) -> {
            if (r != null && !busy.get()) {
                message.set("");
            }
        });
    }

    /** Reloads the list, keeping the selection on the same case while it still waits. */
    public void refresh() {
        String keep = selected.get() == null ? null : selected.get().applicantId();
        executor.execute(() -> session.qa().toAnswer(PAGE), list -> {
            rows.setAll(list);
            count.set(list.size());
            selected.set(list.stream().filter(w -> w.applicantId().equals(keep)).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0)));
            if (message.get().isEmpty()) {
                message.set(Messages.get("qa.review.count", list.size()));
            }
        }, e -> message.set(ErrorMessages.sentence(e)));
    }

    /** Records the answer for the selected case; the list then moves on to the next one. */
    public void answer() {
        Waiting w = selected.get();
        if (!canAnswer.get()) {
            if (!busy.get()) {
                message.set(Messages.get(w == null ? "qa.review.needCase" : choice.trackProperty().get() == null
                        ? "qa.review.needTrack" : "qa.review.needReason"));
            }
            return;
        }
        Track t = choice.trackProperty().get();
        String code = choice.reasonProperty().get().code();
        busy.set(true);
        executor.execute(() -> {
            session.qa().answer(w.applicantId(), t, code);
            return w.applicantId();
        }, id -> {
            busy.set(false);
            message.set(Messages.get("qa.review.answered", id, Messages.get("track." + t.name())));
            selected.set(null);
            refresh();
        }, e -> {
            busy.set(false);
            message.set(ErrorMessages.sentence(e));
        });
    }

    /** Whether this account gives second reviews (the reviewer role). */
    public static boolean availableTo(ReviewSession session) {
        return session.may(Permission.QA_ANSWER);
    }

    public ObservableList<Waiting> rows() {
        return rows;
    }

    public ObjectProperty<Waiting> selectedProperty() {
        return selected;
    }

    /** The answer's track and reason. */
    public TrackReasonChoice choice() {
        return choice;
    }

    /** The selected case's résumé, blind. */
    public CaseViewModel caseFile() {
        return caseFile;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** How many cases wait for this reviewer (the tab's title counts them). */
    public IntegerProperty countProperty() {
        return count;
    }

    public BooleanBinding canAnswerProperty() {
        return canAnswer;
    }
}
