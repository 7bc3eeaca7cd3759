package org.secondlook.ui.signoff;

import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.secondlook.review.cases.CaseDetail;
import org.secondlook.review.ConflictException;
import org.secondlook.review.cases.Span;
import org.secondlook.review.InvalidInputException;
import org.secondlook.review.PermissionDeniedException;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.decisions.SignOffService.PendingDecision;
import org.secondlook.ui.ErrorMessages;
import org.secondlook.ui.Messages;
import org.secondlook.ui.TaskExecutor;

/**
 * The supervisor's sign-off queue: decided cases with their decision, approve or return the
 * selected one (a return needs a comment), or mark several, look at the list, and approve them
 * together. The services enforce the rules; this model only keeps the buttons honest.
 */
public final class SignOffViewModel {
    static final int PAGE = 500;
    private final ReviewSession session;
    private final TaskExecutor executor;
    private final Map<String, String> reasons;
    private final ObservableList<PendingDecision> rows = FXCollections.observableArrayList();
    private final ObjectProperty<PendingDecision> selected = new SimpleObjectProperty<>();
    private final ObservableSet<String> marked = FXCollections.observableSet();
    private final ObservableList<PendingDecision> confirmList = FXCollections.observableArrayList();
    private final BooleanProperty confirming = new SimpleBooleanProperty(false);
    private final StringProperty comment = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty conflict = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanBinding canApprove;
    private final BooleanBinding canReturn;
    private final ObjectProperty<CaseDetail> detail = new SimpleObjectProperty<>();
    private final ObservableList<String> evidence = FXCollections.observableArrayList();
    private Runnable afterChange = () -> { };
    private TaskExecutor.Handle loading;
    private boolean reloading;

    public SignOffViewModel(ReviewSession session, TaskExecutor executor) {
        this.session = session;
        this.executor = executor;
        this.reasons = session.reasonCodes();
        canApprove = Bindings.createBooleanBinding(() -> selected.get() != null && !selected.get().ownDecision()
                && !busy.get() && !confirming.get(), selected, busy, confirming);
        canReturn = Bindings.createBooleanBinding(() -> canApprove.get() && !comment.get().isBlank(), canApprove, comment);
        selected.addListener((o, a, b) -> {
            if (a == null || b == null || !a.applicantId().equals(b.applicantId())) {
                comment.set("");
                if (!reloading) {
                    conflict.set("");
                }
                load(b);
            }
        });
    }

    /** Loads the selected case's résumé and evidence (the tool's and the analyzer's). */
    private void load(PendingDecision p) {
        if (loading != null) {
            loading.cancel();
        }
        if (p == null) {
            detail.set(null);
            evidence.clear();
            return;
        }
        loading = executor.execute(() -> session.cases().load(p.applicantId()), d -> {
            detail.set(d);
            List<String> lines = new java.util.ArrayList<>();
            for (Span s : d.toolEvidence()) {
                lines.add(line(s));
            }
            for (Span s : d.findings()) {
                lines.add(line(s));
            }
            evidence.setAll(lines);
        }, this::failed);
    }

    private static String line(Span s) {
        String kind = Messages.has("kind." + s.kind()) ? Messages.get("kind." + s.kind()) : s.kind();
        return kind + ": \u201c" + s.text() + "\u201d \u2014 " + s.explanation();
    }

    /** Called after every approval or return (e.g. to refresh the review queue). */
    public void setAfterChange(Runnable afterChange) {
        this.afterChange = afterChange;
    }

    /** Reloads the queue, keeping the selection on the same case when it is still there. */
    public void refresh() {
        String keep = selected.get() == null ? null : selected.get().applicantId();
        busy.set(true);
        executor.execute(() -> session.signOffs().pending(PAGE), list -> {
            busy.set(false);
            reloading = true;
            try {
                rows.setAll(list);
                marked.retainAll(list.stream().map(PendingDecision::applicantId).toList());
                selected.set(list.stream().filter(p -> p.applicantId().equals(keep)).findFirst()
                        .orElse(list.isEmpty() ? null : list.get(0)));
            } finally {
                reloading = false;
            }
            if (message.get().isEmpty()) {
                message.set(Messages.get("signoff.count", list.size()));
            }
        }, this::failed);
    }

    public void approve() {
        PendingDecision p = selected.get();
        if (!canApprove.get()) {
            explainRefusal(p);
            return;
        }
        busy.set(true);
        executor.execute(() -> {
            session.signOffs().approve(p.applicantId(), p.lockVersion());
            return p.applicantId();
        }, id -> done(Messages.get("signoff.approved", id)), this::failed);
    }

    /** Returns the selected decision to its reviewer with the comment. */
    public void returnSelected() {
        PendingDecision p = selected.get();
        if (!canReturn.get()) {
            if (canApprove.get()) {
                message.set(Messages.get("signoff.needComment"));
            } else {
                explainRefusal(p);
            }
            return;
        }
        String text = comment.get().strip();
        busy.set(true);
        executor.execute(() -> {
            session.signOffs().returnDecision(p.applicantId(), text, p.lockVersion());
            return p.applicantId();
        }, id -> done(Messages.get("signoff.returned", id)), this::failed);
    }

    private void explainRefusal(PendingDecision p) {
        if (p != null && p.ownDecision()) {
            message.set(Messages.get("signoff.own"));
        }
    }

    /** Marks or unmarks the selected case for "approve marked". */
    public void toggleMark() {
        PendingDecision p = selected.get();
        if (p == null) {
            return;
        }
        if (!marked.remove(p.applicantId())) {
            marked.add(p.applicantId());
        }
    }

    public void markAll() {
        rows.stream().filter(p -> !p.ownDecision()).forEach(p -> marked.add(p.applicantId()));
    }

    /** First step of "approve many": the list of what would be approved, to look at before confirming. */
    public void reviewMarked() {
        List<PendingDecision> list = rows.stream().filter(p -> marked.contains(p.applicantId())).toList();
        if (list.isEmpty()) {
            message.set(Messages.get("signoff.noneMarked"));
            return;
        }
        confirmList.setAll(list);
        confirming.set(true);
    }

    public void cancelMany() {
        confirming.set(false);
        confirmList.clear();
    }

    /** Second step: approves exactly the cases shown in the list, as they were shown. */
    public void confirmMany() {
        if (!confirming.get() || busy.get()) {
            return;
        }
        List<PendingDecision> list = List.copyOf(confirmList);
        busy.set(true);
        executor.execute(() -> session.signOffs().approveAll(list), outcome -> {
            confirming.set(false);
            confirmList.clear();
            marked.removeAll(outcome.approved());
            String text = Messages.get("signoff.manyApproved", outcome.approved().size());
            if (!outcome.refused().isEmpty()) {
                text += " " + Messages.get("signoff.manyRefused", outcome.refused().size(),
                        outcome.refused().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                                .reduce((a, b) -> a + " " + b).orElse(""));
            }
            done(text);
        }, this::failed);
    }

    private void done(String text) {
        busy.set(false);
        conflict.set("");
        comment.set("");
        message.set(text);
        afterChange.run();
        refresh();
    }

    private void failed(Exception e) {
        busy.set(false);
        if (e instanceof ConflictException) {
            conflict.set(e.getMessage());
            message.set("");
            refresh();
        } else if (e instanceof PermissionDeniedException || e instanceof InvalidInputException) {
            message.set(e.getMessage());
        } else {
            message.set(ErrorMessages.sentence(e));
        }
    }

    /** The reason code's plain label. */
    public String reasonLabel(String code) {
        return code == null ? "" : reasons.getOrDefault(code, code);
    }

    public ObjectProperty<CaseDetail> detailProperty() {
        return detail;
    }

    /** The tool's evidence and the analyzer's findings on the selected case, one line each. */
    public ObservableList<String> evidence() {
        return evidence;
    }

    public ObservableList<PendingDecision> rows() {
        return rows;
    }

    public ObjectProperty<PendingDecision> selectedProperty() {
        return selected;
    }

    public ObservableSet<String> marked() {
        return marked;
    }

    public ObservableList<PendingDecision> confirmList() {
        return confirmList;
    }

    public BooleanProperty confirmingProperty() {
        return confirming;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty conflictProperty() {
        return conflict;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding canApproveProperty() {
        return canApprove;
    }

    public BooleanBinding canReturnProperty() {
        return canReturn;
    }

    /** Whether this account may sign off at all (the screen is for supervisors). */
    public static boolean availableTo(ReviewSession session) {
        return session.roles().contains(org.secondlook.domain.Role.SUPERVISOR);
    }
}
