package org.secondlook.review.remediation;

import java.util.List;
import java.util.Locale;
import org.secondlook.review.oversight.Figure;
import org.secondlook.review.oversight.FigureSource;
import org.secondlook.review.oversight.MetricsScope;

/**
 * Remediation's figures in {@code metrics}: {@code verified_share}, as in {@code training status} (0.00
 * where no record needs training), for every office or the one in scope; for every office also the records
 * per state ({@code training.state.S}) and {@code training.overdue}. Training records are not tied to an import day,
 * so with a {@code --since} scope the share is undefined (printed empty) rather than about other cases.
 */
public final class TrainingFigures implements FigureSource {
    private final RemediationService remediation;

    public TrainingFigures(RemediationService remediation) {
        this.remediation = remediation;
    }

    @Override
    public List<Figure> figures(MetricsScope scope) {
        if (scope.limitsDays()) {
            return List.of(new Figure("verified_share", ""));
        }
        TrainingStatus s = remediation.status();
        double share = scope.office() == null ? s.verifiedShare() : s.officeShares().getOrDefault(scope.office(), 0.0);
        List<Figure> out = new java.util.ArrayList<>(List.of(new Figure("verified_share", share(share))));
        if (scope.office() == null) { // records per state and overdue are counted for every office together
            new java.util.TreeMap<>(s.byState()).forEach((state, n) -> out.add(new Figure("training.state." + state,
                    Long.toString(n))));
            out.add(new Figure("training.overdue", Long.toString(s.overdue())));
        }
        return out;
    }

    private static String share(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
