package org.secondlook.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * The queue's one filter: what the window's filter bar, {@code cases list} and the store's page finder all
 * take. Null or empty values mean "any"; {@code offset} and {@code limit} select a page of the matches.
 *
 * @param search       finds the cases whose applicant id begins with it as typed, and those whose id, name or
 *                     current résumé text holds every word of it (case and accents ignored, a word of three
 *                     letters or more also finds longer words it begins)
 * @param reviewer     the account that decided the case
 * @param importedFrom cases imported on or after this day (the office's time zone)
 * @param importedTo   cases imported on or before this day
 */
public record QueueQuery(
        String search,
        Set<ReviewState> states,
        String office,
        ClassifierLabel classifierLabel,
        Verdict verdict,
        String reviewer,
        LocalDate importedFrom,
        LocalDate importedTo,
        SortKey sort,
        boolean ascending,
        int offset,
        int limit) {

    /** Columns the queue can be sorted by. */
    public enum SortKey { RISK, APPLICANT_ID, NAME, OFFICE, LABEL, VERDICT, STATE, IMPORTED_AT, DECIDED_BY }

    /** No filter, likeliest screening errors first. */
    public static final QueueQuery DEFAULT = all(0, 0);

    public QueueQuery {
        states = states == null ? Set.of() : Set.copyOf(states);
        sort = sort == null ? SortKey.RISK : sort;
    }

    /** Every case, likeliest screening errors first. */
    public static QueueQuery all(int offset, int limit) {
        return new QueueQuery(null, Set.of(), null, null, null, null, null, null, SortKey.RISK, false, offset, limit);
    }

    /** The same filter and order, another page. */
    public QueueQuery page(int pageOffset, int pageLimit) {
        return new QueueQuery(search, states, office, classifierLabel, verdict, reviewer, importedFrom, importedTo, sort,
                ascending, pageOffset, pageLimit);
    }
}
