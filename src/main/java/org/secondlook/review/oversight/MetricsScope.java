package org.secondlook.review.oversight;

import java.time.LocalDate;

/**
 * Which cases the figures are about: one office (null: every office) and the cases imported from the day
 * {@code since} through the day {@code until} in the office's time zone (null: no bound), so that every
 * figure describes the same cases. The per-day series end at {@code until} (or today).
 */
public record MetricsScope(String office, LocalDate since, LocalDate until) {
    public MetricsScope {
        office = office == null || office.isBlank() ? null : office.strip();
    }

    public MetricsScope(String office, LocalDate since) {
        this(office, since, null);
    }

    public static MetricsScope all() {
        return new MetricsScope(null, null, null);
    }

    /** Whether the scope limits the import days (figures not tied to an import day are then undefined). */
    public boolean limitsDays() {
        return since != null || until != null;
    }
}
