package org.secondlook.analysis;

import java.util.Arrays;

/**
 * Finds headings (a short line made of heading words, in any case, optionally with a colon and
 * markdown or bullet marks) and gives every line the section of the last heading above it. A line
 * like "References: Chief J. Smith" opens the section on its own line.
 */
final class Sections {
    private final PhraseMatcher headings;

    Sections(PhraseMatcher headings) {
        this.headings = headings;
    }

    Section[] of(NormalizedText text, Tokens t) {
        Section[] byLine = new Section[t.lines];
        Arrays.fill(byLine, Section.NONE);
        Section current = Section.NONE;
        int lastLine = -1;
        for (int i = 0; i < t.count; i++) {
            int ln = t.line[i];
            if (ln == lastLine) {
                continue;
            }
            for (int l = lastLine + 1; l < ln; l++) {
                byLine[l] = current;
            }
            lastLine = ln;
            Section h = heading(text, t, i, ln);
            if (h != null) {
                current = h;
            }
            byLine[ln] = current;
        }
        for (int l = lastLine + 1; l < t.lines; l++) {
            byLine[l] = current;
        }
        return byLine;
    }

    private Section heading(NormalizedText text, Tokens t, int first, int ln) {
        PhraseMatcher.Match m = headings.matchAt(t, first);
        if (m == null) {
            return null;
        }
        int lineEnd = t.lineStart[ln + 1];
        int after = t.end[m.last() - 1];
        boolean wholeLine = m.last() >= t.count || t.line[m.last()] != ln;
        boolean colon = false;
        for (int k = after; k < lineEnd && k < after + 4; k++) {
            char c = text.chars[k];
            if (c == ':') {
                colon = true;
                break;
            }
            if (c != ' ' && c != '*' && c != '#' && c != '_' && c != '=') {
                break;
            }
        }
        if (!wholeLine && !colon) {
            return null;
        }
        if (wholeLine && lineEnd - t.lineStart[ln] > 60) {
            return null;
        }
        try {
            return Section.valueOf(m.phrase().family().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Section.OTHER;
        }
    }
}
