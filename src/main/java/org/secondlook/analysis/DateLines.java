package org.secondlook.analysis;

/**
 * The lines whose dates a title takes, nearest first: its own line, then the line under it, the
 * line above and the second line under it. A duty bullet right above a dated line that is no
 * bullet (the next entry: "• sworn officer on field training" over "Legal Assistant - Temps 2016 -
 * 2018") belongs to the entry above it: it takes dates from its own line or the lines above, never from the next entry.
 * So does an indented detail line over a less indented dated one ("  Licensed peace officer, sworn." over "Front desk, 2016 - 2021").
 */
final class DateLines {
    private DateLines() {
    }

    static int[] order(Entries entries, String original, int ln) {
        if ((entries.inBullet(original, ln) || entries.indentedOver(ln)) && entries.dated(ln + 1) && !entries.inBullet(original, ln + 1)) {
            return new int[] {ln, ln - 1, ln - 2};
        }
        return new int[] {ln, ln + 1, ln - 1, ln + 2};
    }
}
