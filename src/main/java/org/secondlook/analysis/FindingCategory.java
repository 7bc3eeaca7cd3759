package org.secondlook.analysis;

/** What a span of résumé text is, in the analyzer's reading. */
public enum FindingCategory {
    LE_EMPLOYMENT,
    LE_TRAINING,
    POLICY_DEPENDENT_ROLE,
    NON_LE_OFFICER_TITLE,
    CIVILIAN_IN_LE_AGENCY,
    ASPIRATION,
    NEGATION,
    THIRD_PARTY,
    COURSEWORK
}
