package org.secondlook.review.remediation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.secondlook.domain.RemediationAction;
import org.secondlook.domain.RemediationState;
import org.secondlook.store.RemediationReader;

/** The figures of {@code training status}, overdue included, from one grouped count over the records. */
final class StatusFigures {
    private final RemediationReader reader;

    StatusFigures(RemediationReader reader) {
        this.reader = reader;
    }

    TrainingStatus figures(OverdueRules rules) {
        Map<String, Long> byAction = new LinkedHashMap<>();
        for (RemediationAction a : RemediationAction.values()) {
            byAction.put(a.name(), 0L);
        }
        Map<String, Long> byState = new LinkedHashMap<>();
        for (RemediationState s : RemediationState.values()) {
            byState.put(s.name(), 0L);
        }
        long records = 0;
        long overdue = 0;
        long verified = 0;
        long base = 0;
        Map<String, long[]> offices = new TreeMap<>();
        for (RemediationReader.Count c : reader.counts(rules.asOfNow())) {
            records += c.n();
            overdue += c.overdue();
            byAction.merge(c.action().name(), c.n(), Long::sum);
            if (!c.action().needsTraining()) {
                continue;
            }
            byState.merge(c.state().name(), c.n(), Long::sum);
            long[] office = offices.computeIfAbsent(c.office() == null ? "" : c.office(), k -> new long[2]);
            if (c.state() == RemediationState.VERIFIED) {
                verified += c.n();
                office[0] += c.n();
            }
            if (!OverdueRules.excluded(c.state())) {
                base += c.n();
                office[1] += c.n();
            }
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        offices.forEach((name, v) -> shares.put(name, share(v[0], v[1])));
        return new TrainingStatus(records, byAction, byState, overdue, verified, share(verified, base), shares);
    }

    private static double share(long verified, long base) {
        return base == 0 ? 0.0 : (double) verified / base;
    }
}
