package org.secondlook.review.remediation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.secondlook.domain.RemediationRecord;
import org.secondlook.domain.RemediationState;
import org.secondlook.store.RemediationReader;

/**
 * When a record is overdue, as of the injected clock's today: its report date has passed without
 * IN_TRAINING; its class has ended without a result; it has been COMPLETED, unverified, for more than
 * the office's number of days ({@value #SETTING}, default {@value #DEFAULT_DAYS}).
 */
public final class OverdueRules {
    /** The office setting: days a completion may wait for verification. */
    public static final String SETTING = "training.verify_within_days";
    public static final int DEFAULT_DAYS = 14;

    private final Clock clock;
    private final int verifyWithinDays;

    public OverdueRules(Clock clock, int verifyWithinDays) {
        this.clock = clock;
        this.verifyWithinDays = verifyWithinDays;
    }

    /** The setting's value as stored, or the default when it is missing or not a whole number ≥ 0. */
    static int days(String stored) {
        try {
            int d = stored == null ? DEFAULT_DAYS : Integer.parseInt(stored.strip());
            return d < 0 ? DEFAULT_DAYS : d;
        } catch (NumberFormatException e) {
            return DEFAULT_DAYS;
        }
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The rules as the store's queries take them. */
    RemediationReader.Overdue asOfNow() {
        return new RemediationReader.Overdue(today(), clock.instant().minus(Duration.ofDays(verifyWithinDays)));
    }

    /** What the record waits for next, as a date; null when nothing is due. */
    LocalDate dueDate(RemediationRecord r) {
        if (!r.getAction().needsTraining()) {
            return null;
        }
        return switch (r.getState()) {
            case IDENTIFIED, NOTIFIED, SCHEDULED -> r.getReportDate();
            case IN_TRAINING -> r.getClassEnd();
            case COMPLETED -> LocalDate.ofInstant(r.getStateSince(), clock.getZone()).plusDays(verifyWithinDays);
            default -> null;
        };
    }

    boolean isOverdue(RemediationRecord r) {
        if (!r.getAction().needsTraining()) {
            return false;
        }
        LocalDate today = today();
        return switch (r.getState()) {
            case IDENTIFIED, NOTIFIED, SCHEDULED -> r.getReportDate() != null && r.getReportDate().isBefore(today);
            case IN_TRAINING -> r.getClassEnd() != null && r.getClassEnd().isBefore(today);
            case COMPLETED -> r.getStateSince().isBefore(asOfNow().completedBefore());
            default -> false;
        };
    }

    static boolean countsForShare(RemediationRecord r) {
        return r.getAction().needsTraining() && !excluded(r.getState());
    }

    /** Voided, separated and waived records leave the verified share's denominator. */
    static boolean excluded(RemediationState s) {
        return s == RemediationState.VOIDED || s == RemediationState.SEPARATED || s == RemediationState.WAIVED;
    }
}
