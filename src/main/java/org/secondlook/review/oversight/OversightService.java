package org.secondlook.review.oversight;

/**
 * The supervisor's figures: where the re-review stands and how far it can be trusted, every figure
 * computed by the database (aggregates, no case is loaded). Administrators and supervisors only.
 */
public interface OversightService {
    /**
     * Every figure for the cases in scope, in print order (see the README's list of figures).
     *
     * @throws org.secondlook.review.PermissionDeniedException for a reviewer or a disabled account
     */
    Metrics metrics(MetricsScope scope);
}
