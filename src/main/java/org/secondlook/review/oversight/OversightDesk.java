package org.secondlook.review.oversight;

/** A session's oversight figures (admin or supervisor; checked at each call). */
public interface OversightDesk {
    OversightService oversight();
}
