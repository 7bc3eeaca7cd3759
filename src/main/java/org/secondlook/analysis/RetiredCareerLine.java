package org.secondlook.analysis;

import java.util.Set;

/**
 * A summary line that tells a whole career with its own length and retirement ("P.O., NYPD, 20 yrs (ret. 2009)",
 * "22 years with the Elm PD, retired as Sgt."): the count of years and the retirement are the applicant's own,
 * so the line is the entry itself, not a claim that needs one. Reads at most 60 tokens of the line.
 */
final class RetiredCareerLine {
    private static final Set<String> UNITS = Set.of("yrs", "yr", "years");
    private static final Set<String> RETIRED = Set.of("ret", "retired", "retiring");
    private static final int READ = 60;

    private RetiredCareerLine() {
    }

    /** True when line {@code ln} holds a count of years (1-45) before its unit and a retirement word. */
    static boolean on(NormalizedText text, Tokens t, int ln) {
        boolean years = false;
        boolean retired = false;
        int first = t.firstTokenOfLine(ln);
        for (int i = first, n = 0; i < t.count && t.line[i] == ln && n < READ; i++, n++) {
            String w = t.text(text, i);
            if (UNITS.contains(w) && i > first && count(t.text(text, i - 1))) {
                years = true;
            }
            retired |= RETIRED.contains(w);
        }
        return years && retired;
    }

    private static boolean count(String w) {
        if (w.isEmpty() || w.length() > 2 || !w.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int v = Integer.parseInt(w);
        return v >= 1 && v <= 45;
    }
}
