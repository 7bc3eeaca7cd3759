package org.secondlook.analysis;

import java.util.Set;

/**
 * "Deputy Sheriff - Corrections (Parish jail only)": a sheriff's deputy whose own title line names the jail and no
 * street duty holds a jail post, which the policy leaves to a person like other corrections work. Reads the title's
 * line only.
 */
final class JailAssignment {
    private JailAssignment() {
    }

    private static final Set<String> JAIL = Set.of("corrections", "correctional", "jail", "detention", "custody");
    private static final Set<String> STREET = Set.of("patrol", "road", "street", "field", "enforcement", "warrants",
            "investigations");

    static boolean only(Words words, Tokens t, int ln) {
        boolean jail = false;
        for (int i = t.firstTokenOfLine(ln); i < t.count && t.line[i] == ln; i++) {
            String w = words.word(i);
            if (STREET.contains(w)) {
                return false;
            }
            jail |= JAIL.contains(w);
        }
        return jail;
    }
}
