package org.secondlook.analysis;

import java.util.Set;

/**
 * A title inside the name of a program the applicant took part in, with the applicant's part given after
 * a dash or comma on the same line ("State Police Trooper Island / Summer Youth Academy — participant,
 * June 2024"): the program's name, not a job the applicant held. Looks only a few words along the title's own line.
 */
final class Participation {
    /** The part a program's name is followed by when the applicant only took part. */
    private static final Set<String> PARTS = Set.of("participant", "attendee", "camper");
    /** How far (tokens) after the title the part may stand: a program's name is short, and a long line is read in linear time. */
    private static final int PART_REACH = 12;

    private Participation() {
    }

    /** A part word within reach after the title on its line, set off by a dash or a comma right before it. */
    static boolean inProgramName(String original, NormalizedText text, Tokens t, int last) {
        int ln = t.line[last - 1];
        for (int i = last; i < Math.min(t.count, last + PART_REACH) && t.line[i] == ln; i++) {
            if (PARTS.contains(t.text(text, i)) && setOff(original, text, t.start[i])) {
                return true;
            }
        }
        return false;
    }

    private static boolean setOff(String original, NormalizedText text, int start) {
        int p = start - 1;
        while (p > 0 && text.chars[p] == ' ') {
            p--;
        }
        char c = original.charAt(text.originalStart(p));
        return c == ',' || c == '-' || c == '\u2013' || c == '\u2014' || text.chars[p] == ',' || text.chars[p] == '-';
    }
}
