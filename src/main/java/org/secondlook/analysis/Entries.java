package org.secondlook.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The résumé read as experience entries: blocks of lines, each with a head line (where a résumé
 * puts title, employer, place and dates) and the detail lines under it (duties, indented or
 * bulleted). A new entry starts after a blank line or a heading, and at a line that is no more
 * indented than the head, not a bullet, once the current entry has its dates ("Title, Employer —
 * 2012 to present" / duties / "Next Title, Employer — 2006 to 2012"), or at a short title-shaped
 * line after them (a flattened two-column layout: title, employer and dates on separate lines).
 * Keyword-list lines ("Keywords: police, patrol, …") are marked: words on them are search terms,
 * not anybody's job. Built in one pass over the lines; linear in the text.
 */
final class Entries {
    /** The words of a "CIVILIAN EXPERIENCE" heading (civilian life beside military service). */
    private static final java.util.Set<String> CIVILIAN_HEADING = java.util.Set.of("civilian", "experience", "employment",
            "career", "work", "history", "positions");
    /** The longest line that may start a new entry as a bare title line (two-column layouts). */
    private static final int TITLE_LINE_CHARS = 60;
    /** A keyword list has at least this many commas on its line. */
    private static final int KEYWORD_COMMAS = 4;
    /** Lines under an entry's head line that may still be its title, employer or dates line. */
    private static final int HEAD_ZONE_LINES = 2;
    /** Lines a wrapped bullet may run on for. */
    private static final int BULLET_WRAP_LINES = 4;
    /** Marks that open a duty bullet. */
    private static final String BULLET_MARKS = "-*+>\u2022\u2023\u25AA\u25AB\u25CF\u25E6\u25A0\u00B7\u2013\u2014\u2043";
    private static final Set<String> KEYWORD_HEADS = Set.of("keywords", "keyword", "key", "tags", "skills", "competencies",
            "core", "expertise", "areas", "search", "terms");

    /** Entry index of each line; -1 for blank lines. */
    final int[] entryOf;
    /** Head line of each entry. */
    final int[] head;
    /** True for a keyword-list line. */
    final boolean[] keywordLine;
    /** True for a line that holds a year. */
    private final boolean[] dated;
    int count;

    private final NormalizedText text;
    private final Tokens t;
    private String original;

    private Entries(NormalizedText text, Tokens t) {
        this.text = text;
        this.t = t;
        this.entryOf = new int[t.lines];
        this.keywordLine = new boolean[t.lines];
        this.dated = new boolean[t.lines];
        this.head = new int[Math.max(1, t.lines)];
    }

    static Entries of(String original, NormalizedText text, Tokens t, Section[] sections) {
        Entries e = new Entries(text, t);
        e.original = original;
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
            keywordLine[l] = keywordList(text, t, firstTok, tok, l);
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

    /** True when line {@code l} is the head line of its entry. */
    boolean isHead(int l) {
        return l >= 0 && l < entryOf.length && entryOf[l] >= 0 && head[entryOf[l]] == l;
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
        return i < end && (BULLET_MARKS.indexOf(original.charAt(i)) >= 0
                || original.charAt(i) == 'o' && i + 1 < end && original.charAt(i + 1) == ' '); // "o  Ran testing": a word processor's round bullet
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
                return ix < in;
            }
            if (ix < in) {
                return false;
            }
        }
        return false;
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

    /**
     * The entry's head line names only civilian or non-law-enforcement officer titles, or calls its
     * holder civilian or non-sworn (and holds no role, rank, bare "Officer" or sworn cue of its own), and the title's own detail line names no agency: the
     * holder of this entry is not a sworn officer, whatever its duty lines mention ("report to the
     * Sheriff"). A detail line with its own dates is an entry of its own when the title on it is
     * capitalized, so the rule leaves it alone; a lower-case title there is running text (the
     * employer line "Regional Dispatch (serving town police, sheriff and fire), 2016 to present").
     */
    boolean civilianHead(int l, List<PhraseMatcher.Match> matches, int near, boolean titleCase) {
        if (civilianTitleAbove(l, matches, near)) {
            return true;
        }
        int h = headOf(l);
        if (h < 0 || h == l || dated[l] && titleCase) {
            return false; // a detail line with its own dates is an entry of its own ("Deputy Sheriff (2005 - 2015)")
        }
        boolean civilian = false;
        for (int j = Math.max(0, near - 40); j < Math.min(matches.size(), near + 12); j++) {
            PhraseMatcher.Match m = matches.get(j);
            int ml = t.line[m.first()];
            if (ml == l && m.phrase().kind() == Phrase.Kind.AGENCY && "le".equals(m.phrase().family())
                    && (titleCase || Character.isUpperCase(original.charAt(text.originalStart(t.start[m.first()]))))) {
                return false; // the title's own line names its agency: its own entry, flattened under another
            }
            if (ml != h) {
                continue;
            }
            switch (m.phrase().kind()) {
                case NON_LE, CIVILIAN, NEGATION -> civilian |= !m.phrase().plural();
                case SWORN -> {
                    if (!negatedCue(m.first())) {
                        return false;
                    }
                    civilian = true; // "(civilian, non-sworn)": the head calls its holder not sworn
                }
                case ROLE, RANK, BARE_OFFICER, NEUTRAL -> {
                    return false;
                }
                default -> {
                }
            }
        }
        return civilian || saysCivilian(h);
    }

    /**
     * The role family of the first singular role title in the head zone of line {@code l}'s entry (its
     * head line and up to {@link #HEAD_ZONE_LINES} lines under it, above {@code l}; a heading line may
     * stand as the head); null if none, or if {@code l} is the head.
     */
    String headRoleFamily(int l, List<PhraseMatcher.Match> matches, int near) {
        int h = headOf(l);
        if (h < 0 || h == l) {
            return null;
        }
        for (int j = Math.max(0, near - 40); j < near; j++) {
            PhraseMatcher.Match m = matches.get(j);
            int ml = t.line[m.first()];
            if (ml >= h && ml < l && ml <= h + HEAD_ZONE_LINES && m.phrase().kind() == Phrase.Kind.ROLE && !m.phrase().plural()) {
                return m.phrase().family();
            }
        }
        return null;
    }

    /**
     * The entry's dated head line opens with a title the lists do not know, set off from the
     * law-enforcement agency after it ("Court Liaison, Marlow Police Department, 2014 - 2022"), and
     * holds no role, rank, bare "Officer" or sworn cue: the applicant's title is that one, so a
     * lower-case title on a detail line under it ("schedule detective court appearances") is someone
     * else's. An agency that opens the head line ("Marlow Police Department, 2005 - 2020") names no
     * title, and a detail line may.
     */
    boolean headTitledOtherwise(int l, List<PhraseMatcher.Match> matches, int near) {
        int h = headOf(l);
        if (h < 0 || h == l || !dated[h]) {
            return false;
        }
        int agencyAt = -1;
        for (int j = Math.max(0, near - 40); j < Math.min(matches.size(), near + 12); j++) {
            PhraseMatcher.Match m = matches.get(j);
            if (t.line[m.first()] != h) {
                continue;
            }
            switch (m.phrase().kind()) {
                case ROLE, RANK, BARE_OFFICER, NEUTRAL, SWORN -> {
                    return false;
                }
                case AGENCY -> {
                    if ("le".equals(m.phrase().family()) && agencyAt < 0) {
                        agencyAt = t.start[m.first()];
                    }
                }
                default -> {
                }
            }
        }
        if (agencyAt < 0) {
            return false;
        }
        int first = t.start[t.firstTokenOfLine(h)];
        for (int i = first; i < agencyAt; i++) {
            char c = text.chars[i];
            if (c == ',' || c == '|' || c == '\u2014' || c == '\u2013' || c == '-' && i > first && text.chars[i - 1] == ' ') {
                return true;
            }
        }
        return false;
    }

    /** "non-sworn", "not sworn": a negator right before the cue on its line. */
    private boolean negatedCue(int first) {
        if (first == 0 || t.line[first - 1] != t.line[first]) {
            return false;
        }
        String w = text.slice(t.start[first - 1], t.end[first - 1]);
        return w.equals("non") || w.equals("not");
    }

    /**
     * "Office Administrator (civilian)" over "Harris County Constable, Precinct 2": the line right above, in the
     * same entry and undated, is a title that calls its holder civilian after its name and names no officer title of its
     * own, so the line under it is the employer (an office named after its officer), not the applicant's title.
     */
    private boolean civilianTitleAbove(int l, List<PhraseMatcher.Match> matches, int near) {
        if (l == 0 || entryOf[l] < 0 || entryOf[l - 1] != entryOf[l] || dated[l - 1] || !saysCivilian(l - 1)) {
            return false;
        }
        int first = t.firstTokenOfLine(l - 1);
        if (text.slice(t.start[first], t.end[first]).equals("civilian")) {
            return false; // "CIVILIAN LAW ENFORCEMENT" over a deputy's entry: a heading; a title says it after its name
        }
        for (int j = Math.max(0, near - 12); j < Math.min(matches.size(), near + 1); j++) {
            PhraseMatcher.Match m = matches.get(j);
            Phrase.Kind k = m.phrase().kind();
            if (t.line[m.first()] == l - 1 && (k == Phrase.Kind.ROLE || k == Phrase.Kind.RANK || k == Phrase.Kind.BARE_OFFICER
                    || k == Phrase.Kind.NEUTRAL || k == Phrase.Kind.SWORN)) {
                return false;
            }
        }
        return true;
    }

    /** The head line calls its holder civilian ("Director of Finance (civilian), … Sheriff's Office"). */
    private boolean saysCivilian(int h) {
        boolean civilian = false;
        boolean heading = true;
        for (int i = t.firstTokenOfLine(h); i < t.count && t.line[i] == h; i++) {
            String w = text.slice(t.start[i], t.end[i]);
            civilian |= w.equals("civilian");
            heading &= CIVILIAN_HEADING.contains(w);
        }
        return civilian && !heading; // "CIVILIAN" or "Civilian Experience" beside "MILITARY": a heading, not a claim
    }

    /** True when line {@code l} is a keyword list ("Keywords: police, patrol, ..."); needs no entries built. */
    static boolean keywordLine(NormalizedText text, Tokens t, int l) {
        int first = t.firstTokenOfLine(l);
        if (first >= t.count || t.line[first] != l) {
            return false;
        }
        int end = first;
        while (end < t.count && t.line[end] == l) {
            end++;
        }
        return keywordList(text, t, first, end, l);
    }

    private static boolean keywordList(NormalizedText text, Tokens t, int firstTok, int endTok, int l) {
        if (!KEYWORD_HEADS.contains(text.slice(t.start[firstTok], t.end[firstTok]))) {
            return false;
        }
        int colon = -1;
        int to = Math.min(t.lineStart[l + 1], t.end[Math.min(endTok - 1, firstTok + 3)] + 2);
        for (int i = t.end[firstTok]; i < to; i++) {
            if (text.chars[i] == ':') {
                colon = i;
                break;
            }
        }
        if (colon < 0) {
            return false;
        }
        int commas = 0;
        for (int i = colon; i < t.lineStart[l + 1]; i++) {
            commas += text.chars[i] == ',' || text.chars[i] == ';' || text.chars[i] == '|' ? 1 : 0;
        }
        return commas >= KEYWORD_COMMAS;
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
