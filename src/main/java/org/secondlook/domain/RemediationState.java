package org.secondlook.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a remediation record stands, from the signed-off decision to a verified academy completion.
 * The moves allowed between states are spelled out here and nowhere else; stored by name.
 *
 * <p>Main line: IDENTIFIED → NOTIFIED → SCHEDULED → IN_TRAINING → COMPLETED → VERIFIED. Side exits:
 * FAILED (then SCHEDULED again, attempt n+1), WAIVED (after a second person's approval), SEPARATED (left
 * the agency) and VOIDED (the decision behind the record was superseded).
 */
public enum RemediationState {
    /** Created when the decision was signed off; nobody has told the applicant yet. */
    IDENTIFIED,
    /** The applicant (and the field office, for a recall) has been told. */
    NOTIFIED,
    /** Booked into an academy class with a report date. */
    SCHEDULED,
    /** Reported to the academy; the class runs. */
    IN_TRAINING,
    /** The academy reported a pass, with evidence; not yet verified by a second person. */
    COMPLETED,
    /** A supervisor other than the one who attached the evidence checked it. Final. */
    VERIFIED,
    /** Failed or withdrew from the class; to be scheduled again. */
    FAILED,
    /** Training waived, with a reason, an authority and a second person's approval. */
    WAIVED,
    /** The applicant left the agency. */
    SEPARATED,
    /** The decision behind this record was superseded; a new record replaces it. */
    VOIDED;

    /** States this one may move to. */
    public Set<RemediationState> next() {
        return switch (this) {
            case IDENTIFIED -> EnumSet.of(NOTIFIED, WAIVED, SEPARATED, VOIDED);
            case NOTIFIED -> EnumSet.of(SCHEDULED, WAIVED, SEPARATED, VOIDED);
            case SCHEDULED -> EnumSet.of(IN_TRAINING, WAIVED, SEPARATED, VOIDED);
            case IN_TRAINING -> EnumSet.of(COMPLETED, FAILED, WAIVED, SEPARATED, VOIDED);
            case COMPLETED -> EnumSet.of(VERIFIED, SEPARATED, VOIDED);
            case FAILED -> EnumSet.of(SCHEDULED, WAIVED, SEPARATED, VOIDED);
            case VERIFIED, WAIVED, SEPARATED -> EnumSet.of(VOIDED);
            case VOIDED -> EnumSet.noneOf(RemediationState.class);
        };
    }

    public boolean canMoveTo(RemediationState target) {
        return next().contains(target);
    }

    /** Throws {@link IllegalRemediationMoveException} unless {@code target} is allowed from here. */
    public RemediationState moveTo(RemediationState target) {
        if (!canMoveTo(target)) {
            throw new IllegalRemediationMoveException(this, target);
        }
        return target;
    }

    /** No training is left to arrange: verified, waived, separated or voided. */
    public boolean isClosed() {
        return this == VERIFIED || this == WAIVED || this == SEPARATED || this == VOIDED;
    }

    /** Parses a state name as typed (case-insensitive), or throws naming the states. */
    public static RemediationState parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        for (RemediationState s : values()) {
            if (s.name().equals(t)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown training state '" + text + "': use one of "
                + java.util.Arrays.toString(values()).replaceAll("[\\[\\]]", "") + ".");
    }
}
