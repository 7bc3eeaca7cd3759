package org.secondlook.ui.conflicts;

import java.util.Map;
import org.secondlook.review.Permission;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.exchange.MergeConflicts.Conflict;
import org.secondlook.ui.Messages;
import org.secondlook.ui.TaskExecutor;

/**
 * Headquarters' conflicts screen: decisions from merged packages that disagree with the one in
 * force here. A supervisor takes the incoming decision or keeps the current one, always with a
 * reason; an administrator may look but not choose. The service enforces both rules.
 */
public final class ConflictsViewModel extends ConflictChoiceModel<Conflict> {
    private final Map<String, String> reasons;

    public ConflictsViewModel(ReviewSession session, TaskExecutor executor) {
        super(session, executor, Conflict::id);
        this.reasons = session.reasonCodes();
    }

    /** Whether the screen is shown at all: headquarters' supervisors and administrators. */
    public static boolean availableTo(ReviewSession session) {
        return session.may(Permission.MERGE_PACKAGES);
    }

    @Override
    public void refresh() {
        // none open: the list's placeholder says so
        load(() -> session.exports().conflicts().open(),
                list -> show(list.isEmpty() ? "" : Messages.get("conflicts.count", list.size()), false));
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
        resolve((c, why) -> {
            session.exports().conflicts().resolve(c.id(), takeIncoming, why);
            return c;
        }, done -> takeIncoming ? Messages.get("conflicts.tookIncoming", done.applicantId(), done.office())
                : Messages.get("conflicts.keptCurrent", done.applicantId()));
    }

    /** After a resolution the message line keeps saying what was done, not how many are open. */
    @Override
    protected void afterResolving() {
        load(() -> session.exports().conflicts().open(), list -> { });
    }

    /** A track's name as the screens write it, or a dash. */
    public String trackLabel(org.secondlook.domain.Track track) {
        return track == null ? "\u2014" : Messages.get("track." + track.name());
    }

    /** The reason code's plain label, or a dash. */
    public String reasonLabel(String code) {
        return code == null ? "\u2014" : reasons.getOrDefault(code, code);
    }
}
