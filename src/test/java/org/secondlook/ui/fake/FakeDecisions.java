package org.secondlook.ui.fake;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.secondlook.domain.ReviewState;
import org.secondlook.domain.Track;
import org.secondlook.review.ConflictException;
import org.secondlook.review.decisions.DecisionService;

/** Records decisions in the fake case list, with the optimistic-lock check a real service makes. */
public final class FakeDecisions implements DecisionService {
    public record Call(String id, Track track, String reason, String note, long lockVersion) {
    }

    private final FakeCases cases;
    private final String user;
    public final List<Call> calls = new CopyOnWriteArrayList<>();
    /** When set, the next decisions are refused with it (e.g. the account was disabled since login). */
    public volatile RuntimeException refuseWith;
    private final Deque<String> undo = new ArrayDeque<>();

    public FakeDecisions(FakeCases cases, String user) {
        this.cases = cases;
        this.user = user;
    }

    @Override
    public synchronized void decide(String id, Track track, String reasonCode, String note, long expectedLockVersion) {
        if (refuseWith != null) {
            throw refuseWith;
        }
        long now = cases.load(id).lockVersion();
        if (now != expectedLockVersion) {
            throw new ConflictException("Pat Supervisor decided LEO program (LE_EXPERIENCE_VERIFIED) at 09:14.");
        }
        calls.add(new Call(id, track, reasonCode, note, expectedLockVersion));
        cases.setState(id, ReviewState.DECIDED, user);
        undo.push(id);
    }

    @Override
    public synchronized Optional<RecordedDecision> latest(String applicantId) {
        for (int i = calls.size() - 1; i >= 0; i--) {
            Call c = calls.get(i);
            if (c.id().equals(applicantId) && c.track() != null) {
                return Optional.of(new RecordedDecision(c.track(), c.reason(), c.note(), user,
                        java.time.Instant.parse("2026-11-23T09:00:00Z"), returnComment));
            }
        }
        return Optional.empty();
    }

    /** What a supervisor wrote when returning (set by a test). */
    public volatile String returnComment;

    @Override
    public synchronized void refer(String id, String note, long expectedLockVersion) {
        calls.add(new Call(id, null, "REFER", note, expectedLockVersion));
        cases.setState(id, ReviewState.REFERRED, user);
    }

    @Override
    public synchronized Optional<String> undoLast() {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        String id = undo.pop();
        cases.setState(id, ReviewState.NEW, null);
        return Optional.of(id);
    }
}
