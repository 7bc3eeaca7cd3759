package org.secondlook.ui.casefile;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.secondlook.domain.FindingCategory;

/** A role on the employment timeline: what the résumé calls it, when, and whether it counts as service. */
public record TimelineEntry(String role, FindingCategory kind, YearMonth from, YearMonth to, boolean qualifying) {
    /** Months from the first to the last month, both counted. */
    public long months() {
        return ChronoUnit.MONTHS.between(from, to) + 1;
    }
}
