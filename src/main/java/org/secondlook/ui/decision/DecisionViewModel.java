package org.secondlook.ui.decision;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.secondlook.domain.ClassifierLabel;
import org.secondlook.domain.Track;
import org.secondlook.domain.Verdict;
import org.secondlook.review.cases.CaseDetail;
import org.secondlook.review.ConflictException;
import org.secondlook.review.Permission;
import org.secondlook.review.ReviewSession;
import org.secondlook.ui.ErrorMessages;
import org.secondlook.ui.Messages;
import org.secondlook.ui.TaskExecutor;
import org.secondlook.ui.blind.BlindMask;

/**
 * The decision panel: track, reason code, note; save and next, refer, undo. Only the reasons that fit
 * the chosen track are offered; the one the findings point to is suggested (pre-selected) and counts
 * once confirmed. The tool's label and the analyzer's verdict are shown, except in blind-first mode
 * until a track is chosen: until then the case this model holds is the {@link BlindMask blind} one.
 * A refused save (someone else decided first) keeps every input and says what the other decision was.
 */
public final class DecisionViewModel {
    private final ReviewSession session;
    private final TaskExecutor executor;
    private final TrackReasonChoice choice;
    private final ObjectProperty<CaseDetail> currentCase = new SimpleObjectProperty<>();
    /** The case as loaded; {@link #currentCase} holds it, or its blind mask until a track is chosen. */
    private CaseDetail loaded;
    private final ObservableList<ReasonCode> offered;
    private final ObjectProperty<ReasonCode> suggested;
    private final ObjectProperty<Track> track;
    private final ObjectProperty<ReasonCode> reason;
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanProperty blindFirst = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty conflict = new SimpleStringProperty("");
    private final StringProperty previous = new SimpleStringProperty("");
    private TaskExecutor.Handle previousLookup;
    private final BooleanBinding mayDecide;
    private final BooleanBinding canSave;
    private final BooleanBinding canRefer;
    private final BooleanBinding evidenceRevealed;
    private final StringProperty toolLabel = new SimpleStringProperty("");
    private final javafx.beans.binding.StringBinding agreement;
    private final StringProperty verdict = new SimpleStringProperty("");

    /** What happens after a save or referral: the shell moves to the next case and refreshes the row. */
    public interface Listener {
        void saved(String applicantId, boolean moveToNext);
    }

    private Listener listener = (id, next) -> { };

    public DecisionViewModel(ReviewSession session, TaskExecutor executor, List<ReasonCode> reasons) {
        this.session = session;
        this.executor = executor;
        this.choice = new TrackReasonChoice(reasons);
        this.offered = choice.offeredReasons();
        this.suggested = choice.suggestedProperty();
        this.track = choice.trackProperty();
        this.reason = choice.reasonProperty();
        boolean allowed = session.may(Permission.DECIDE);
        mayDecide = Bindings.createBooleanBinding(() -> allowed && currentCase.get() != null, currentCase);
        canSave = Bindings.createBooleanBinding(() -> mayDecide.get() && !busy.get() && track.get() != null && reason.get() != null
                        && reason.get().fits(track.get()), mayDecide, busy, track, reason);
        canRefer = Bindings.createBooleanBinding(() -> mayDecide.get() && !busy.get(), mayDecide, busy);
        evidenceRevealed = Bindings.createBooleanBinding(() -> !blindFirst.get() || track.get() != null, blindFirst, track);
        agreement = Bindings.createStringBinding(() -> evidenceRevealed.get() ? agreementText(currentCase.get(), track.get()) : "",
                currentCase, track, evidenceRevealed);
        currentCase.addListener((o, a, b) -> {
            boolean shown = b != null && evidenceRevealed.get();
            toolLabel.set(shown ? labelText(b.summary().classifierLabel()) : "");
            verdict.set(shown ? verdictText(b.summary().verdict()) : "");
            suggest();
        });
        blindFirst.addListener((o, a, b) -> showCase());
        track.addListener((o, a, t) -> { // after the choice's own listener: the offered reasons are in place
            showCase();
            suggest();
        });
        reason.addListener((o, a, r) -> {
            if (r != null) {
                message.set("");
            }
        });
    }

    /** Puts the loaded case, or its blind mask while the evidence is hidden, into {@link #currentCase}. */
    private void showCase() {
        CaseDetail shown = loaded == null ? null : evidenceRevealed.get() ? loaded : BlindMask.detail(loaded);
        if (shown != currentCase.get()) {
            currentCase.set(shown);
        }
    }

    /** The reason the findings point to among those offered for the chosen track (pre-selected, not yet chosen). */
    private void suggest() {
        suggested.set(evidenceRevealed.get() ? ReasonSuggestion.suggest(currentCase.get(), track.get(), offered) : null);
    }

    /** Chooses the reason (a click, Enter on the list, or a number key); a reason for the other track is ignored. */
    public void pick(ReasonCode r) {
        choice.pick(r);
    }

    /** Chooses the {@code n}-th offered reason (number keys 1–9); false when there is none. */
    public boolean pick(int n) {
        return choice.pick(n);
    }

    /** The first offered reason whose label starts with {@code prefix} (type-ahead), or null. */
    public ReasonCode find(String prefix) {
        return choice.find(prefix);
    }

    /** The track and reason as the panel's controls hold them. */
    public TrackReasonChoice choice() {
        return choice;
    }

    public void setListener(Listener listener) {
        this.listener = listener;
    }

    /** A new case is on screen: the form starts empty (a different case) or stays (the same case reloaded). */
    public void setCase(CaseDetail detail) {
        CaseDetail before = currentCase.get();
        boolean sameCase = before != null && detail != null
                && before.summary().applicantId().equals(detail.summary().applicantId());
        if (!sameCase) {
            loaded = null;
            track.set(null);
            reason.set(null);
            note.set("");
            conflict.set("");
        }
        loaded = detail;
        showCase();
        lookUpPrevious(detail);
        if (!sameCase) {
            message.set(detail != null && !mayDecide.get() ? Messages.get("decision.notAllowed") : "");
        }
    }

    /** Shows the case's latest decision and a supervisor's return comment, when there is one. */
    private void lookUpPrevious(CaseDetail detail) {
        if (previousLookup != null) {
            previousLookup.cancel();
        }
        previous.set("");
        if (detail == null) {
            return;
        }
        String id = detail.summary().applicantId();
        previousLookup = executor.execute(() -> session.decisions().latest(id), found -> previous.set(found.map(d -> {
            String reasonLabel = choice.label(d.reasonCode());
            String text = Messages.get("decision.previous", d.decidedBy(), trackText(d.track()), reasonLabel,
                    d.note() == null || d.note().isBlank() ? "" : " \u201c" + d.note() + "\u201d");
            return d.returnComment() == null || d.returnComment().isBlank() ? text
                    : text + "\n" + Messages.get("decision.returned", d.returnComment());
        }).orElse("")), e -> previous.set("")); // no decision service yet: nothing to show
    }

    public ReadOnlyStringProperty previousProperty() {
        return previous;
    }

    /** Records the decision; on success the listener moves on to the next case. */
    public void saveAndNext() {
        if (!canSave.get()) {
            if (currentCase.get() != null && mayDecide.get()) {
                message.set(track.get() == null ? Messages.get("decision.needTrack") : Messages.get("decision.needReason"));
            }
            return;
        }
        CaseDetail c = loaded;
        String id = c.summary().applicantId();
        Track t = track.get();
        String code = reason.get().code();
        String text = note.get().strip();
        busy.set(true);
        executor.execute(() -> {
            session.decisions().decide(id, t, code, text, c.lockVersion());
            return id;
        }, done -> {
            busy.set(false);
            conflict.set("");
            message.set(Messages.get("decision.saved", id, trackText(t)));
            listener.saved(id, true);
        }, this::failed);
    }

    /** Sends the case to a supervisor with the note. */
    public void refer() {
        if (!canRefer.get()) {
            return;
        }
        CaseDetail c = currentCase.get();
        String id = c.summary().applicantId();
        String text = note.get().strip();
        busy.set(true);
        executor.execute(() -> {
            session.decisions().refer(id, text, c.lockVersion());
            return id;
        }, done -> {
            busy.set(false);
            conflict.set("");
            message.set(Messages.get("decision.referred", id));
            listener.saved(id, true);
        }, this::failed);
    }

    /** Undoes this user's last decision while it is not signed off. */
    public void undoLast() {
        busy.set(true);
        executor.execute(() -> session.decisions().undoLast(), undone -> {
            busy.set(false);
            if (undone.isPresent()) {
                message.set(Messages.get("decision.undone", undone.get()));
                listener.saved(undone.get(), false);
            } else {
                message.set(Messages.get("decision.nothingToUndo"));
            }
        }, this::failed);
    }

    private void failed(Exception e) {
        busy.set(false);
        if (e instanceof ConflictException) {
            conflict.set(Messages.get("decision.conflict", e.getMessage()));
            message.set("");
        } else {
            message.set(ErrorMessages.sentence(e));
        }
    }

    /** Whether the chosen track confirms or overrides the tool's label, in words (empty before a choice). */
    static String agreementText(CaseDetail c, Track t) {
        if (c == null || t == null || c.summary().classifierLabel() == null) {
            return "";
        }
        Track toolTrack = c.summary().classifierLabel().track();
        return toolTrack == t ? Messages.get("decision.confirms", trackText(t))
                : Messages.get("decision.overrides", trackText(toolTrack), trackText(t));
    }

    public javafx.beans.binding.StringBinding agreementProperty() {
        return agreement;
    }

    public static String trackText(Track t) {
        return t == null ? "" : Messages.get("track." + t.name());
    }

    static String labelText(ClassifierLabel label) {
        return label == null ? Messages.get("decision.none") : Messages.get("label." + label.name());
    }

    static String verdictText(Verdict v) {
        return v == null ? Messages.get("decision.noVerdict") : Messages.get("verdict." + v.name());
    }

    public List<ReasonCode> reasons() {
        return choice.reasons();
    }

    /** The reasons that fit the chosen track, in the file's order (empty until a track is chosen). */
    public ObservableList<ReasonCode> offeredReasons() {
        return offered;
    }

    /** The reason the findings point to, pre-selected in the list; it counts once confirmed ({@link #pick}). */
    public ReadOnlyObjectProperty<ReasonCode> suggestedProperty() {
        return suggested;
    }

    public ReadOnlyObjectProperty<CaseDetail> currentCaseProperty() {
        return currentCase;
    }

    public ObjectProperty<Track> trackProperty() {
        return track;
    }

    public ObjectProperty<ReasonCode> reasonProperty() {
        return reason;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public BooleanProperty blindFirstProperty() {
        return blindFirst;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyStringProperty conflictProperty() {
        return conflict;
    }

    public BooleanBinding mayDecideProperty() {
        return mayDecide;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public BooleanBinding canReferProperty() {
        return canRefer;
    }

    public BooleanBinding evidenceRevealedProperty() {
        return evidenceRevealed;
    }

    public ReadOnlyStringProperty toolLabelProperty() {
        return toolLabel;
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict;
    }
}
