package org.secondlook.analysis;

/**
 * Résumés kept as org-mode files: a heading ("** Special Agent   :2014--2021:") over a property drawer
 * (":PROPERTIES:" then ":AGENCY: DEA -- El Paso Division"). The drawer's opening line stands between the
 * title and its agency, so the agency is read two lines off, as for a title alone on its line.
 */
final class OrgMode {
    private static final String DRAWER = ":properties:";

    private OrgMode() {
    }

    /** True when the line right under {@code ln} opens a property drawer. */
    static boolean drawerBelow(NormalizedText text, Tokens t, int ln) {
        if (ln + 1 >= t.lines) {
            return false;
        }
        int i = t.lineStart[ln + 1];
        int to = t.lineStart[ln + 2];
        while (i < to && (text.chars[i] == ' ' || text.chars[i] == '\t')) {
            i++;
        }
        if (to - i < DRAWER.length()) {
            return false;
        }
        for (int k = 0; k < DRAWER.length(); k++) {
            if (Character.toLowerCase(text.chars[i + k]) != DRAWER.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
