package org.secondlook.review.qa;

/** A session's blind QA second review (roles per action, checked at each call). */
public interface QaDesk {
    /** Status, queue, answer, settle, agreement. */
    QaService qa();
}
