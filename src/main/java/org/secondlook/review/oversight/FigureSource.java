package org.secondlook.review.oversight;

import java.util.List;

/**
 * An extension point: another capability adds its own figures to {@code metrics} and the dashboard.
 * Remediation is meant to plug in here with {@code verified_share} (defined as in {@code training status})
 * and its records per state and overdue count; until a source is registered in the composition root,
 * those figures are simply not printed.
 */
public interface FigureSource {
    /** The figures for the cases in {@code scope}, in print order (names unique across sources). */
    List<Figure> figures(MetricsScope scope);
}
