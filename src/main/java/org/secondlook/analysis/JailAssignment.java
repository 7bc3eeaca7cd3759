package org.secondlook.analysis;

import java.util.Set;

/**
 * "Deputy Sheriff - Corrections (Parish jail only)": a sheriff's deputy whose own title line names the jail and no
 * street duty holds a jail post, which the policy leaves to a person like other corrections work. Reads the title's
 * line only, at most 40 tokens on either side of the title.
 */
final class JailAssignment {
    private JailAssignment() {
    }

    /** Tokens read on either side of the title on its line. */
    private static final int REACH = 40;
    private static final Set<String> JAIL = Set.of("corrections", "correctional", "jail", "detention", "custody");
    private static final Set<String> STREET = Set.of("patrol", "road", "street", "field", "enforcement", "warrants",
            "investigations");

    static boolean only(Words words, Tokens t, int ln, int first) {
        boolean jail = false;
        for (int i = Math.max(t.firstTokenOfLine(ln), first - REACH); i < Math.min(t.count, first + REACH) && t.line[i] == ln; i++) {
            String w = words.word(i);
            if (STREET.contains(w)) {
                return false;
            }
            jail |= JAIL.contains(w);
        }
        return jail;
    }
}
