package org.secondlook.review.decisions;

import java.util.Map;

/** A session's decisions and sign-offs, and the reason list they give (roles checked at each call). */
public interface DecisionDesk {
    /** Decide, refer and undo as this user (reviewers and supervisors). */
    DecisionService decisions();

    /** Sign-off and return as this user (supervisors; never one's own decision). */
    SignOffService signOffs();

    /** The reason list with the track each reason supports (a decision for the other track is refused). */
    ReasonCodeList reasons();

    /** The reason codes a decision may give, code → plain label, in the list's order. */
    default Map<String, String> reasonCodes() {
        return reasons().codes();
    }
}
