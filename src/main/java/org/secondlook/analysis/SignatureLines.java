package org.secondlook.analysis;

import java.util.Set;

/**
 * The edges of a letter pasted into a résumé that its cue phrases miss: a heading line that opens one
 * ("LETTER", "Commendation - Chief of Police Dana Cole:"), the writer's signature line, where a title
 * stands beside the writer's own name ("Officer Dale Moss, Elm Police Department", "Capt. Ann Roe, Patrol
 * Commander, Elm Police Department"), and the applicant named by title and surname inside the letter
 * ("Officer Reed has served under my command"). Each check reads one line, at most {@link #MAX_LINE} characters.
 */
final class SignatureLines {
    private static final int MAX_LINE = 160;
    private static final int NAME_WORDS = 3;
    private static final Set<String> HEADINGS = Set.of("letter", "letters", "commendation", "commendations",
            "recommendation", "testimonial", "testimonials");
    /** Words a letter's heading may go on with ("Letter of Reference", "Commendation from"). */
    private static final Set<String> HEADING_WORDS = Set.of("of", "from", "for", "recommendation", "reference",
            "commendation", "support", "appreciation");

    private SignatureLines() {
    }

    /** The first token of the first line that is a letter's heading, or -1. */
    static int heading(NormalizedText text, Tokens t) {
        for (int l = 0; l < t.lines; l++) {
            int i = t.firstTokenOfLine(l);
            if (i >= t.count || t.line[i] != l || !HEADINGS.contains(t.text(text, i))) {
                continue;
            }
            if (i + 1 >= t.count || t.line[i + 1] != l || separatorAfter(text, t, i)) {
                return i;
            }
            boolean words = true;
            for (int j = i + 1; j < t.count && t.line[j] == l && words; j++) {
                words = HEADING_WORDS.contains(t.text(text, j)) && j - i < 5;
            }
            if (words) {
                return i;
            }
        }
        return -1;
    }

    /** A colon or a dash right after token {@code i} ("Commendation - ", "Letter:"). */
    private static boolean separatorAfter(NormalizedText text, Tokens t, int i) {
        for (int c = t.end[i]; c < t.start[i + 1]; c++) {
            if (text.chars[c] == ':' || text.chars[c] == '-') {
                return true;
            }
        }
        return false;
    }

    /**
     * The title at tokens [first, last) stands in a signature line beside a name: it opens its line (or
     * follows the letter's heading there) and a name of one to three capitalized words follows, then a
     * comma, a colon or the line's end; or the line opens with a name and a comma, and only capitalized
     * words stand between that comma and the title. The line holds no digit (an entry line has dates).
     */
    static boolean signs(String original, NormalizedText text, Tokens t, int first, int last, int letterStart) {
        int ln = t.line[first];
        int from = t.lineStart[ln];
        int to = ln + 1 < t.lines ? t.lineStart[ln + 1] : text.length;
        if (to - from > MAX_LINE) {
            return false;
        }
        for (int c = from; c < to; c++) {
            if (Character.isDigit(text.chars[c])) {
                return false;
            }
        }
        int lineFirst = t.firstTokenOfLine(ln);
        if (first == lineFirst || first == letterStart + 1 && t.line[letterStart] == ln) {
            int names = 0;
            int i = last;
            while (i < t.count && t.line[i] == ln && names < NAME_WORDS && capitalized(original, text, t, i)) {
                names++;
                i++;
                char after = t.end[i - 1] < text.length ? text.chars[t.end[i - 1]] : '\n';
                if (after == ',' || after == ':' || after == '\n') {
                    return names >= 1 && (i >= t.count || t.line[i] != ln || after != '\n');
                }
            }
            return false;
        }
        int i = first - 1;
        while (i > lineFirst && capitalized(original, text, t, i) && text.chars[t.end[i]] != ',') {
            i--;
        }
        if (text.chars[t.end[i]] != ',' || i - lineFirst + 1 > NAME_WORDS + 1 || i - lineFirst < 1) {
            return false;
        }
        for (int j = lineFirst; j <= i; j++) {
            if (!capitalized(original, text, t, j)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The title is followed by a capitalized word that the résumé's first line also holds: the applicant
     * named by title and surname ("Officer Reed has served under my command"), not the letter's writer.
     */
    static boolean applicantByName(String original, NormalizedText text, Tokens t, int last) {
        if (last >= t.count || last == 0 || t.line[last] != t.line[last - 1] || !capitalized(original, text, t, last)
                || t.end[last] - t.start[last] < 2 || t.count == 0) {
            return false;
        }
        String name = t.text(text, last);
        int head = t.line[0];
        for (int j = 0; j < t.count && t.line[j] == head && j < 8; j++) {
            if (j != last && t.text(text, j).equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean capitalized(String original, NormalizedText text, Tokens t, int i) {
        return Character.isUpperCase(original.charAt(text.originalStart(t.start[i])));
    }
}
