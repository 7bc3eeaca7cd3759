package org.secondlook.review.remediation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.secondlook.domain.RemediationEvidence;
import org.secondlook.domain.RemediationRecord;
import org.secondlook.domain.RemediationState;
import org.secondlook.intake.RosterRow;
import org.secondlook.store.RemediationWriter;

/**
 * What one roster row does to its applicant's record (docs/formats.md, the academy roster): PASS moves it to COMPLETED, FAIL or
 * WITHDRAWN to FAILED, an empty result to IN_TRAINING — through every state in between. Each move is a row of the
 * record's timeline; the row's moves, made at one instant on one piece of evidence, share one audit event that names
 * each of them with the roster row and the file's SHA-256 (decision record 0010). A row already recorded, or older news than the record (an empty
 * result for a class the record has finished), changes nothing; a row the record contradicts is refused.
 */
final class RosterMoves {
    /** Returned by {@link #apply} for a row that changes nothing. */
    static final String UNCHANGED = "(unchanged)";
    /** The audit event type of a roster row's moves: one event a row, naming each move it made. */
    static final String EVENT = "TRAINING_ROSTER_MOVES";

    private final RemediationWriter w;
    private final String file;
    private final String sha256;
    private final String user;
    private final Instant now;

    /** {@code sha256}: the roster file's, named in each row's audit event. */
    RosterMoves(RemediationWriter w, String file, String sha256, String user, Instant now) {
        this.w = w;
        this.file = file;
        this.sha256 = sha256;
        this.user = user;
        this.now = now;
    }

    static String key(String classNumber, String result) {
        return classNumber + "\u001f" + (result == null ? "" : result);
    }

    /**
     * Applies the row to the record.
     *
     * @param seen the roster rows (class and result) already kept as this record's evidence; updated here
     * @return null when applied, {@link #UNCHANGED}, or the reason the row is refused
     */
    String apply(RosterRow row, RemediationRecord r, Set<String> seen) {
        String id = r.getApplicantId();
        if (!r.getAction().needsTraining()) {
            return "applicant " + id + " needs no training (its signed-off track is the one the screening tool chose,"
                    + " or the LEO program)";
        }
        String key = key(row.classNumber(), row.result().text());
        if (seen.contains(key)) {
            return UNCHANGED;
        }
        boolean sameClass = row.classNumber().equals(r.getClassNumber());
        RemediationState target = switch (row.result()) {
            case PASS -> RemediationState.COMPLETED;
            case FAIL, WITHDRAWN -> RemediationState.FAILED;
            case NONE -> RemediationState.IN_TRAINING;
        };
        RemediationState state = r.getState();
        switch (state) {
            case WAIVED, SEPARATED -> {
                return "contradicts the record: applicant " + id + "'s training record is " + state;
            }
            case COMPLETED, VERIFIED -> {
                if (!sameClass) {
                    return "contradicts the record: applicant " + id + " is already " + state + " in class "
                            + r.getClassNumber();
                }
                if (target == RemediationState.FAILED) {
                    return "contradicts the record: class " + row.classNumber() + " reports " + row.result()
                            + " but applicant " + id + " is " + state + " in it";
                }
                return UNCHANGED;
            }
            case FAILED -> {
                if (sameClass) {
                    return target == RemediationState.COMPLETED
                            ? "contradicts the record: class " + row.classNumber() + " reports PASS but applicant " + id
                                    + " FAILED it"
                            : UNCHANGED;
                }
            }
            case IN_TRAINING -> {
                if (!sameClass) {
                    return "contradicts the record: applicant " + id + " is IN_TRAINING in class " + r.getClassNumber();
                }
                if (target == RemediationState.IN_TRAINING) {
                    return UNCHANGED;
                }
            }
            case SCHEDULED -> {
                if (!sameClass) {
                    return "contradicts the record: applicant " + id + " is SCHEDULED for class " + r.getClassNumber();
                }
            }
            default -> {
            }
        }
        RemediationEvidence e = RemediationEvidence.rosterRow(r.getId(), row.classNumber(), row.result().text(), file,
                row.rowNumber(), row.hours(), row.instructor(), user, now);
        long evidenceId = w.addRosterEvidence(e, r);
        seen.add(key);
        String detail = "roster " + file + " row " + row.rowNumber() + ": class " + row.classNumber() + ", "
                + (row.result() == RosterRow.Result.NONE ? "no result yet" : row.result().name());
        List<RemediationWriter.Step> steps = new ArrayList<>();
        boolean again = r.getState() == RemediationState.FAILED; // a new class: scheduled again first
        while (again || r.getState() != target) {
            again = false;
            RemediationState next = nextTowards(r.getState(), target);
            RemediationState from = r.moveTo(next, now);
            if (next == RemediationState.SCHEDULED) {
                r.schedule(row.classNumber(), row.startDate(), row.startDate(), row.endDate());
            }
            if (next == RemediationState.COMPLETED) {
                r.evidence(evidenceId, user);
            }
            steps.add(new RemediationWriter.Step(from, next, r.getAttempt()));
        }
        w.appendMoves(r, steps, user, now, EVENT, detail, auditDetails(steps, detail));
        r.classDates(row.startDate(), row.endDate());
        return null;
    }

    /**
     * The one audit event of a roster row's moves (decision record 0010): every move in order, from-state -> to-state,
     * with the attempt where it starts or changes, then the roster row and the file's SHA-256 as their evidence.
     */
    String auditDetails(List<RemediationWriter.Step> steps, String detail) {
        StringBuilder b = new StringBuilder();
        int attempt = -1;
        for (RemediationWriter.Step step : steps) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(step.from()).append(" -> ").append(step.to());
            if (step.attempt() != attempt) {
                b.append(" (attempt ").append(step.attempt()).append(')');
                attempt = step.attempt();
            }
        }
        return b.append("; ").append(detail).append("; roster SHA-256 ").append(sha256).toString();
    }

    /**
     * Whether a record in {@code state} can already hold roster rows as evidence. A row is kept only with a move to
     * SCHEDULED or beyond, and no state leads back to IDENTIFIED or NOTIFIED, so a record there holds none: a
     * first import need not look its evidence up (a sixteenth of a 100,000-row import's time went to that lookup).
     */
    static boolean mayHoldRosterRows(RemediationState state) {
        return state != RemediationState.IDENTIFIED && state != RemediationState.NOTIFIED;
    }

    /** The next state on the main line towards {@code target} (FAILED comes after IN_TRAINING). */
    static RemediationState nextTowards(RemediationState from, RemediationState target) {
        return switch (from) {
            case IDENTIFIED -> RemediationState.NOTIFIED;
            case NOTIFIED -> RemediationState.SCHEDULED;
            case SCHEDULED -> RemediationState.IN_TRAINING;
            case IN_TRAINING -> target;
            case FAILED -> RemediationState.SCHEDULED;
            default -> throw new IllegalStateException("no roster move from " + from);
        };
    }
}
