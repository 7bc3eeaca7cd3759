package org.secondlook.review.oversight;

import java.time.LocalDate;

/**
 * Which cases the figures are about: one office (null: every office) and the cases imported on or
 * after a day in the office's time zone (null: all), so that every figure describes the same cases.
 */
public record MetricsScope(String office, LocalDate since) {
    public MetricsScope {
        office = office == null || office.isBlank() ? null : office.strip();
    }

    public static MetricsScope all() {
        return new MetricsScope(null, null);
    }
}
