package org.secondlook.domain;

/** The analyzer's reading of one résumé (docs/analyzer.md); stored as its name. */
public enum Verdict {
    /** The applicant's own employment as a sworn law-enforcement officer. */
    LE,
    /** No such employment. */
    NOT_LE,
    /** Only roles whose status the policy leaves to a person. */
    UNCERTAIN;

    /** The verdict a stored code names, or null for none (a case not analysed yet). */
    public static Verdict parse(String code) {
        return code == null || code.isBlank() ? null : valueOf(code.strip());
    }
}
