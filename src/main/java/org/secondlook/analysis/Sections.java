package org.secondlook.analysis;

import java.util.Arrays;

/**
 * Finds headings (a short line made of heading words, in any case, optionally with a colon and
 * markdown or bullet marks, or a parenthesis that closes the line) and gives every line the section of
 * the last heading above it. A line like "Objective: Investigator position" opens its section on its
 * own line, which holds up to the next blank line; then the section before it resumes.
 */
final class Sections {
    /** The longest line read as a heading. */
    private static final int HEADING_CHARS = 60;
    /** The longest all-capitals line read as a heading the lists do not know ("FEDERAL BUREAU OF INVESTIGATION   2004 - 2020"). */
    private static final int CAPS_HEADING_CHARS = 100;
    private final PhraseMatcher headings;
    /** The section each heading family names, looked up once per family rather than once per heading. */
    private final java.util.Map<String, Section> byFamily = new java.util.concurrent.ConcurrentHashMap<>();

    Sections(PhraseMatcher headings) {
        this.headings = headings;
    }

    Section[] of(String original, NormalizedText text, Tokens t) {
        Section[] byLine = new Section[t.lines];
        Arrays.fill(byLine, Section.NONE);
        Section current = Section.NONE;
        Section beforeInline = null;
        int lastLine = -1;
        for (int i = 0; i < t.count; i++) {
            int ln = t.line[i];
            if (ln == lastLine) {
                continue;
            }
            if (beforeInline != null && ln > lastLine + 1) {
                current = beforeInline; // "Objective: ..." holds its section up to the next blank line only
                beforeInline = null;
            }
            for (int l = lastLine + 1; l < ln; l++) {
                byLine[l] = current;
            }
            lastLine = ln;
            PhraseMatcher.Match m = headings.matchAt(t, i);
            Section h = m == null ? null : heading(text, t, m, ln);
            if (h != null) {
                boolean inline = m.last() < t.count && t.line[m.last()] == ln && !parenthesized(text, t, m, ln);
                if (inline && beforeInline == null) {
                    beforeInline = current;
                } else if (!inline) {
                    beforeInline = null;
                }
                current = h;
            } else if ((current == Section.SUMMARY || current == Section.OBJECTIVE || current == Section.EDUCATION)
                    && capsLine(original, text, t, ln) && (current != Section.EDUCATION || !schoolLine(original, text, t, ln))) {
                current = Section.NONE; // "TEXAS DEPARTMENT OF PUBLIC SAFETY", "PRIOR POSITIONS": a heading the lists do not know ends a summary or education
                beforeInline = null;
            }
            byLine[ln] = current;
        }
        for (int l = lastLine + 1; l < t.lines; l++) {
            byLine[l] = current;
        }
        return byLine;
    }

    /** A short line whose letters are all capitals, at least two words of them: a heading, known or not. */
    private static boolean capsLine(String original, NormalizedText text, Tokens t, int ln) {
        int from = text.originalStart(t.lineStart[ln]);
        int to = text.originalStart(t.lineStart[ln + 1] - 1);
        if (to - from > CAPS_HEADING_CHARS) {
            return false;
        }
        int letters = 0;
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = original.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
            space |= c == ' ' && letters > 0;
        }
        return letters >= 4 && space;
    }

    /** Words of a school's or a degree's name: an all-capitals line with one stays in the education section ("STATE UNIVERSITY"). */
    private static final java.util.regex.Pattern SCHOOL = java.util.regex.Pattern.compile(
            "\\b(UNIVERSITY|COLLEGE|SCHOOL|ACADEMY|INSTITUTE|DEGREE|BACHELOR|MASTER|DIPLOMA|CERTIFICAT\\w*|COURSE\\w*|TRAINING)\\b");

    private static boolean schoolLine(String original, NormalizedText text, Tokens t, int ln) {
        int from = text.originalStart(t.lineStart[ln]);
        int to = text.originalStart(t.lineStart[ln + 1] - 1);
        return SCHOOL.matcher(original.substring(from, Math.max(from, to))).find();
    }

    /** "Work history (title; agency; place; dates)": the heading words, then only a parenthesis that closes the line. */
    private static boolean parenthesized(NormalizedText text, Tokens t, PhraseMatcher.Match m, int ln) {
        int i = t.end[m.last() - 1];
        int end = t.lineStart[ln + 1];
        while (i < end && text.chars[i] == ' ') {
            i++;
        }
        if (i >= end || text.chars[i] != '(' || end - t.lineStart[ln] > HEADING_CHARS) {
            return false;
        }
        int last = end - 1;
        while (last > i && Character.isWhitespace(text.chars[last])) {
            last--;
        }
        return text.chars[last] == ')';
    }

    private Section heading(NormalizedText text, Tokens t, PhraseMatcher.Match m, int ln) {
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
        if (!wholeLine && !colon && !parenthesized(text, t, m, ln)) {
            return null;
        }
        if (wholeLine && lineEnd - t.lineStart[ln] > HEADING_CHARS) {
            return null;
        }
        return byFamily.computeIfAbsent(m.phrase().family(), Sections::section);
    }

    private static Section section(String family) {
        try {
            return Section.valueOf(family.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Section.OTHER;
        }
    }
}
