package org.secondlook.analysis;

import java.util.Set;

/**
 * "Deputy Sheriff - Corrections (Parish jail only)": a sheriff's deputy whose own title line names the jail and no
 * street duty holds a jail post, which the policy leaves to a person like other corrections work. Reads the title's
 * line only, at most 40 tokens on either side of the title; a street duty the line denies ("Never assigned to patrol") does not count.
 */
final class JailAssignment {
    private JailAssignment() {
    }

    /** Tokens read on either side of the title on its line. */
    private static final int REACH = 40;
    private static final Set<String> JAIL = Set.of("corrections", "correctional", "jail", "detention", "custody");
    private static final Set<String> STREET = Set.of("patrol", "road", "street", "field", "enforcement", "warrants",
            "investigations");

    /** Words that deny the street duty named a few words after them ("never assigned to patrol", "no road time"). */
    private static final Set<String> DENIALS = Set.of("never", "no", "not", "without");
    /** How far back a denial is looked for. */
    private static final int DENIAL_REACH = 3;

    private static boolean deniedBefore(Words words, Tokens t, int i, int ln) {
        for (int j = i - 1; j >= Math.max(0, i - DENIAL_REACH) && t.line[j] == ln; j--) {
            if (DENIALS.contains(words.word(j))) {
                return true;
            }
        }
        return false;
    }

    static boolean only(Words words, Tokens t, int ln, int first) {
        boolean jail = false;
        for (int i = Math.max(t.firstTokenOfLine(ln), first - REACH); i < Math.min(t.count, first + REACH) && t.line[i] == ln; i++) {
            String w = words.word(i);
            if (STREET.contains(w) && !deniedBefore(words, t, i, ln)) {
                return false; // "Never assigned to patrol" denies the street duty it names
            }
            jail |= JAIL.contains(w);
        }
        return jail;
    }
}
