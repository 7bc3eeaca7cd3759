package org.secondlook.analysis;

/** The analyzer's reading of one résumé (docs/analyzer.md). */
public enum Verdict {
    /** The applicant's own employment as a sworn law-enforcement officer. */
    LE,
    /** No such employment. */
    NOT_LE,
    /** Only roles whose status the policy leaves to a person. */
    UNCERTAIN
}
