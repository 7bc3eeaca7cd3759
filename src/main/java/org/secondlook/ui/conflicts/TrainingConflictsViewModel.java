package org.secondlook.ui.conflicts;

import org.secondlook.review.ReviewSession;
import org.secondlook.review.remediation.OfficeTraining.Conflict;
import org.secondlook.ui.Messages;
import org.secondlook.ui.TaskExecutor;

/**
 * Headquarters' training conflicts: two offices' packages moved one applicant's training record differently.
 * A supervisor keeps one office's record (the other is set aside), always with a reason; others look only.
 */
public final class TrainingConflictsViewModel extends ConflictChoiceModel<Conflict> {

    public TrainingConflictsViewModel(ReviewSession session, TaskExecutor executor) {
        super(session, executor, Conflict::id);
    }

    @Override
    public void refresh() {
        load(() -> session.remediation().officeConflicts(), list -> { });
    }

    /** Keeps the record of the selected conflict's office (the one whose package raised it). */
    public void keepOffice() {
        keep(Conflict::office);
    }

    /** Keeps the record of the selected conflict's other office (the one kept here before). */
    public void keepOtherOffice() {
        keep(Conflict::otherOffice);
    }

    private void keep(java.util.function.Function<Conflict, String> which) {
        Conflict selected = selectedProperty().get();
        String office = selected == null ? null : which.apply(selected);
        resolve((c, why) -> session.remediation().resolveOfficeConflict(c.id(), office, why),
                done -> Messages.get("conflicts.training.kept", done.applicantId(), office,
                        office.equals(done.office()) ? done.otherOffice() : done.office()));
    }
}
