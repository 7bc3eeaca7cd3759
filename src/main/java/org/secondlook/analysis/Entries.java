package org.secondlook.analysis;

import java.util.Arrays;
import java.util.Set;

/**
 * The résumé read as experience entries: blocks of lines, each with a head line (where a résumé
 * puts title, employer, place and dates) and the detail lines under it (duties, indented or
 * bulleted). A new entry starts after a blank line or a heading, and at a line that is no more
 * indented than the head, not a bullet, once the current entry has its dates ("Title, Employer —
 * 2012 to present" / duties / "Next Title, Employer — 2006 to 2012"), or at a short title-shaped
 * line after them (a flattened two-column layout: title, employer and dates on separate lines).
 * Keyword-list lines ("Keywords: police, patrol, …") are marked: words on them are search terms,
 * not anybody's job ({@link KeywordLists}). Built in one pass over the lines; linear in the text. What a
 * head line says about its entry's own title is read by {@link EntryHeads}.
 */
final class Entries {
    /** The longest line that may start a new entry as a bare title line (two-column layouts). */
    private static final int TITLE_LINE_CHARS = 60;
    /** Lines under an entry's head line that may still be its title, employer or dates line. */
    static final int HEAD_ZONE_LINES = 2;
    /** Lines a wrapped bullet may run on for. */
    private static final int BULLET_WRAP_LINES = 4;
    /** The deepest org-mode heading read ("***** ..."). */
    private static final int ORG_LEVELS = 6;
    /** Marks that open a duty bullet. */
    private static final String BULLET_MARKS = "-*+>\u2022\u2023\u25AA\u25AB\u25CF\u25E6\u25A0\u00B7\u2013\u2014\u2043";

    /** Entry index of each line; -1 for blank lines. */
    final int[] entryOf;
    /** Head line of each entry. */
    final int[] head;
    /** True for a keyword-list line. */
    final boolean[] keywordLine;
    /** True for a line that holds a year. */
    private final boolean[] dated;
    /** True for a head line where a section opens (a heading line heads the entry under it: "EXPERIENCE"). */
    private final boolean[] opensSection;
    int count;

    /** The head lines read for what they say about the entry's own title. */
    final EntryHeads heads;

    private final NormalizedText text;
    private final Tokens t;

    private Entries(String original, NormalizedText text, Tokens t) {
        this.text = text;
        this.t = t;
        this.entryOf = new int[t.lines];
        this.keywordLine = new boolean[t.lines];
        this.dated = new boolean[t.lines];
        this.opensSection = new boolean[t.lines];
        this.head = new int[Math.max(1, t.lines)];
        this.heads = new EntryHeads(original, text, t, this);
    }

    static Entries of(String original, NormalizedText text, Tokens t, Section[] sections) {
        Entries e = new Entries(original, text, t);
        e.build(original, sections);
        return e;
    }

    private void build(String original, Section[] sections) {
        Arrays.fill(entryOf, -1);
        int current = -1;
        int headIndent = 0;
        boolean dated = false;
        int tok = 0;
        for (int l = 0; l < t.lines; l++) {
            int firstTok = tok;
            while (tok < t.count && t.line[tok] == l) {
                tok++;
            }
            if (firstTok == tok) {
                current = -1; // a blank line (or one with no words) ends the entry
                continue;
            }
            keywordLine[l] = KeywordLists.list(text, t, firstTok, tok, l);
            int indent = indent(l);
            boolean bullet = bullet(original, l, indent);
            boolean year = hasYear(firstTok, tok);
            this.dated[l] = year;
            boolean headingChange = l > 0 && sections[l] != sections[l - 1];
            boolean start = current < 0 || headingChange
                    || (dated && !bullet && indent <= headIndent && (year || titleShaped(original, l, firstTok)));
            if (start) {
                current = count;
                head[count++] = l;
                opensSection[l] = headingChange || l == 0;
                headIndent = indent;
                dated = year;
            } else {
                dated |= year;
            }
            entryOf[l] = current;
        }
    }

    /** True when line {@code l} holds a year. */
    boolean dated(int l) {
        return l >= 0 && l < t.lines && dated[l];
    }

    /** The last line of the head zone of the entry headed by {@code h}: one more under a heading line that heads it. */
    int headZoneEnd(int h) {
        return h + HEAD_ZONE_LINES + (opensSection[h] ? 1 : 0);
    }

    /** True when line {@code l} is the head line of its entry. */
    boolean isHead(int l) {
        return l >= 0 && l < entryOf.length && entryOf[l] >= 0 && head[entryOf[l]] == l;
    }

    /**
     * True when line {@code l} is where its entry's title, employer and dates stand: its head line, or the first
     * line under an undated heading line that heads the entry ("PREVIOUS EMPLOYMENT" over "1990-2002  Sgt., ...").
     */
    boolean titleLineOfEntry(int l) {
        return isHead(l) || l > 0 && isHead(l - 1) && entryOf[l] == entryOf[l - 1] && opensSection[l - 1] && !dated[l - 1];
    }

    /**
     * True when line {@code l} belongs to another entry than the dated head line {@code ln} ("Officer, 2010-2016"
     * between two other dated jobs): a neighbor that says nothing about that entry's employer.
     */
    boolean otherDatedEntry(int l, int ln) {
        return isHead(ln) && dated(ln) && l >= 0 && l < t.lines && entryOf[l] != entryOf[ln];
    }

    /** True when line {@code l} opens with a bullet mark ("-", "•", "*"): a duty line, never an entry's title or employer line. */
    boolean bulletLine(String original, int l) {
        if (l < 0 || l >= t.lines || t.lineStart[l] >= t.lineStart[l + 1]) {
            return false;
        }
        int i = text.originalStart(t.lineStart[l]); // the normalized text has turned bullet glyphs into spaces
        int end = text.originalStart(t.lineStart[l + 1] - 1);
        while (i < end && (original.charAt(i) == ' ' || original.charAt(i) == '\t')) {
            i++;
        }
        return i < end && (BULLET_MARKS.indexOf(original.charAt(i)) >= 0 && !orgHeading(original, i, end)
                || original.charAt(i) == 'o' && i + 1 < end && original.charAt(i + 1) == ' '); // "o  Ran testing": a word processor's round bullet
    }

    /** "** Special Agent   :2014--2021:": two or more stars and a space open an org-mode heading, not a bullet. */
    private static boolean orgHeading(String original, int i, int end) {
        int stars = 0;
        while (i + stars < end && stars <= ORG_LEVELS && original.charAt(i + stars) == '*') {
            stars++;
        }
        return stars >= 2 && stars <= ORG_LEVELS && i + stars < end && original.charAt(i + stars) == ' ';
    }

    /**
     * A bullet with deeper bullets under it ("* Hidalgo County Sheriff's Office -- Dep., 2009-2016" over
     * "    - warrant service"): an entry's head written as a bullet, not a duty line.
     */
    boolean bulletHead(String original, int l) {
        return bulletLine(original, l) && l + 1 < t.lines && bulletLine(original, l + 1)
                && originalIndent(original, l + 1) > originalIndent(original, l);
    }

    /** The wrapped continuation of a bullet ("- record of hours of\n    officer testimony"): its first word is mid-sentence. */
    boolean bulletContinuation(String original, int l) {
        return !bulletLine(original, l) && inBullet(original, l);
    }

    /**
     * True for a bullet line and for the wrapped continuation of one: an indented line under a
     * bullet whose mark stands further left ("- Attend meetings with the ...\n  4th Precinct's ...").
     */
    boolean inBullet(String original, int l) {
        if (bulletLine(original, l)) {
            return true;
        }
        int in = originalIndent(original, l);
        if (in == 0) {
            return false;
        }
        for (int x = l - 1; x >= 0 && l - x <= BULLET_WRAP_LINES && entryOf[x] >= 0; x--) {
            int ix = originalIndent(original, x);
            if (bulletLine(original, x)) {
                return ix < in && !(yamlKeyLine(original, l) && yamlKeyLine(original, x)); // a list item's next field
            }
            if (ix < in) {
                return false;
            }
        }
        return false;
    }

    /** "- title: Officer", "  role: \"Sgt.\"": a YAML field whose value opens with token {@code first}, right after its key. */
    boolean yamlValue(String original, int l, int first) {
        return first - t.firstTokenOfLine(l) <= 2 && yamlKeyLine(original, l);
    }

    private boolean yamlKeyLine(String original, int l) {
        return YamlKeys.keyLine(original, text.originalStart(t.lineStart[l]),
                Math.min(original.length(), text.originalStart(t.lineStart[l + 1] - 1) + 1));
    }

    private int originalIndent(String original, int l) {
        int from = text.originalStart(t.lineStart[l]);
        int i = from;
        while (i < original.length() && (original.charAt(i) == ' ' || original.charAt(i) == '\t')) {
            i++;
        }
        return i - from;
    }

    /**
     * The head zone of an entry: its head line and the lines right under it that are not bullets and
     * carry no sentence of their own (title line, employer line, place and dates line of one entry).
     */
    boolean inHeadZone(String original, int l) {
        int h = headOf(l);
        if (h < 0) {
            return false;
        }
        for (int x = h; x <= l; x++) {
            if (x > h + HEAD_ZONE_LINES || bulletLine(original, x)) {
                return false;
            }
        }
        return true;
    }

    /** The head line of the entry that holds line {@code l}, or -1. */
    int headOf(int l) {
        return entryOf[l] < 0 ? -1 : head[entryOf[l]];
    }

    private boolean hasYear(int firstTok, int endTok) {
        for (int i = firstTok; i < endTok; i++) {
            if (t.end[i] - t.start[i] == 4) {
                char a = text.chars[t.start[i]];
                char b = text.chars[t.start[i] + 1];
                if ((a == '1' && b == '9') || (a == '2' && b == '0')) {
                    return Character.isDigit(text.chars[t.start[i] + 2]) && Character.isDigit(text.chars[t.start[i] + 3]);
                }
            }
        }
        return false;
    }

    /** A short line that starts with a capital letter and does not end a sentence: a title or employer line. */
    private boolean titleShaped(String original, int l, int firstTok) {
        int from = t.lineStart[l];
        int to = t.lineStart[l + 1];
        if (to - from > TITLE_LINE_CHARS) {
            return false;
        }
        int last = to - 1;
        while (last > from && Character.isWhitespace(text.chars[last])) {
            last--;
        }
        return text.chars[last] != '.' && Character.isUpperCase(original.charAt(text.originalStart(t.start[firstTok])));
    }

    private boolean bullet(String original, int l, int indent) {
        int i = t.lineStart[l] + indent;
        if (i >= t.lineStart[l + 1]) {
            return false;
        }
        return !Tokens.wordChar(text.chars[i]) && !Tokens.wordChar(original.charAt(text.originalStart(i)));
    }

    /** A line indented deeper than the line under it: a detail line of the entry above that next line. */
    boolean indentedOver(int l) {
        return l + 1 < t.lines && indent(l) > indent(l + 1);
    }

    private int indent(int l) {
        int i = t.lineStart[l];
        while (i < t.lineStart[l + 1] && (text.chars[i] == ' ' || text.chars[i] == '\t')) {
            i++;
        }
        return i - t.lineStart[l];
    }
}
