package org.secondlook.domain;

/** What a span of résumé text is, in the analyzer's reading; stored and exported as its name. */
public enum FindingCategory {
    LE_EMPLOYMENT,
    LE_TRAINING,
    POLICY_DEPENDENT_ROLE,
    NON_LE_OFFICER_TITLE,
    CIVILIAN_IN_LE_AGENCY,
    ASPIRATION,
    NEGATION,
    THIRD_PARTY,
    COURSEWORK;

    /** The category a stored name names, or empty for anything else (e.g. the tool's evidence). */
    public static java.util.Optional<FindingCategory> find(String name) {
        for (FindingCategory c : values()) {
            if (c.name().equals(name)) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }
}
