package org.secondlook.review.cases;

/** What a session offers every account: the queue and the cases, and what the database holds. */
public interface CaseDesk {
    CaseQueries cases();

    /** What the database holds (any role may look). */
    StatusReport status();
}
