package org.secondlook.analysis;

/**
 * "Inspector (Program Evaluation), GS-1801-13" over "U.S. Department of Labor, Office of Inspector General": an
 * inspector general's office is a law-enforcement agency through its special agents and criminal investigators,
 * but its inspectors work in inspections and evaluations, not in policing. A bare "Inspector" read through such
 * an office, with the office named on the title's line or the two lines on either side, is not a sworn title.
 * Reads at most five lines.
 */
final class InspectorGeneral {
    private InspectorGeneral() {
    }

    /** Lines on either side of the title where the office may be named. */
    private static final int REACH_LINES = 2;

    static boolean inspectorAtOffice(Words words, Tokens t, PhraseMatcher.Match m) {
        if (m.last() - m.first() != 1 || !"inspector".equals(words.word(m.first()))) {
            return false;
        }
        int ln = t.line[m.first()];
        for (int l = Math.max(0, ln - REACH_LINES); l <= Math.min(t.lines - 1, ln + REACH_LINES); l++) {
            for (int i = t.firstTokenOfLine(l); i < t.count && t.line[i] == l; i++) {
                String w = words.word(i);
                if (w.equals("oig") || i > 0 && i != m.first() && w.equals("general") && words.word(i - 1).equals("inspector")) {
                    return true;
                }
            }
        }
        return false;
    }
}
