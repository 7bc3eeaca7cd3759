package org.secondlook.analysis;

import java.util.List;
import java.util.Set;

/**
 * Whose role a title is, read from where it stands in its experience entry. An entry's title is
 * the applicant's role; a title named inside a duty line, a title its own line calls civilian, and
 * a service title under a fire or EMS employer are not a sworn role the applicant held, whatever
 * agency the entry names.
 */
final class EntryRoles extends Passage {
    /** Words after a title on its line that call the position civilian ("Intelligence Officer (civilian)"). */
    private static final int CIVILIAN_REACH_TOKENS = 3;
    private static final int QUOTED_ENTRY_CHARS = 80;
    /** Words of a grade or a date range, which do not count against that reach. */
    private static final java.util.Set<String> DATE_WORDS = java.util.Set.of("present", "current", "now", "ii", "iii", "iv");
    /** Words of a title that only a law-enforcement agency gives: such a title stays LE under a fire or EMS employer too. */
    private static final Set<String> SWORN_WORDS = Set.of("police", "sheriff", "deputy", "trooper", "patrol", "marshal",
            "agent", "constable", "warden", "ranger", "policeman", "patrolman");

    /** The longest line read as one quoted YAML value. */
    private static final int MAX_QUOTED_VALUE = 400;

    private final Words words;

    EntryRoles(String original, NormalizedText text, Tokens t, List<PhraseMatcher.Match> matches, Words words) {
        super(original, text, t, matches);
        this.words = words;
    }

    /**
     * "• Closed a deal with a metro transit police department", "arrange for sheriff execution of
     * warrants", "appeal hearings for police sergeant lists", "a shooting involving a Tucson Police
     * officer": a title written as a common noun ({@link Words#commonNoun}) in the middle of a duty line (a bullet, or a detail line under a head line that names its own title), with no verb
     * of own service before it, names someone the applicant dealt with, not the entry's title.
     */
    boolean dutyMention(PhraseMatcher.Match m, boolean dutyLine, boolean opensLine, boolean ownService) {
        return dutyLine && !opensLine && !ownService && words.commonNoun(m.first(), m.last());
    }

    /** The word right before a title that states the applicant's own standing as it ("OPOTA-certified peace officer"). */
    private static final Set<String> STANDING_WORDS = Set.of("certified", "sworn", "commissioned", "designated", "licensed");
    /** The most words before the standing word on its duty line ("- OPOTA-certified", "- State-commissioned"). */
    private static final int STANDING_OPENING_TOKENS = 3;
    /** How far along the line a sworn cue is looked for after the title. */
    private static final int STANDING_REACH_MATCHES = 6;

    /**
     * "- OPOTA-certified peace officer with statewide arrest powers under ORC 3737.221": a duty line that opens with
     * the applicant's own standing (a few words ending in "certified", "sworn", "commissioned", "designated" or
     * "licensed" right before the title) and names a sworn cue after the title on the line. The entry's holder is that
     * title, not someone the applicant dealt with.
     */
    boolean ownStanding(int k) {
        PhraseMatcher.Match m = matches.get(k);
        int first = m.first();
        int ln = t.line[first];
        if (first == 0 || first - t.firstTokenOfLine(ln) > STANDING_OPENING_TOKENS || !STANDING_WORDS.contains(words.word(first - 1))) {
            return false;
        }
        for (int j = k + 1; j < Math.min(matches.size(), k + STANDING_REACH_MATCHES) && t.line[matches.get(j).first()] == ln; j++) {
            if (matches.get(j).phrase().kind() == Phrase.Kind.SWORN) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Crime Intelligence Officer (civilian) - Fort Worth Police Department", "Civilian Investigator",
     * "Law Enforcement Officer (Bylaw)": the title's line calls it civilian; so does a "civilian" that ends
     * the line above a lower-case title the sentence wraps to ("(civilian\n   inspector, ...)").
     */
    boolean civilianTitle(PhraseMatcher.Match m) {
        int ln = t.line[m.first()];
        if (m.first() > 0 && words.word(m.first() - 1).equals("civilian") && (t.line[m.first() - 1] == ln
                || !words.startsUpperCase(m.first()) && wrappedBefore(m.first()))) {
            return true; // "Civilian Investigator"; "(civilian\n   inspector, ...)": a sentence wrapped at the line end
        }
        int counted = 0;
        for (int i = m.last(); i < Math.min(t.count, m.last() + 2 * CIVILIAN_REACH_TOKENS) && counted < CIVILIAN_REACH_TOKENS && t.line[i] == ln; i++) {
            String w = words.word(i);
            if (!DATE_WORDS.contains(w) && !Character.isDigit(w.charAt(0))) {
                counted++; // "Investigator II, 2017-present (civilian": a grade and dates do not count against the reach
            }
            if (w.equals("civilian") || w.equals("bylaw") || w.equals("unsworn") || notSworn(i)) {
                return true;
            }
        }
        return m.first() - t.firstTokenOfLine(ln) < 3 && unswornBelow(ln);
    }

    /** "non-sworn", "not sworn" ending at token {@code i}. */
    private boolean notSworn(int i) {
        return words.word(i).equals("sworn") && i > 0 && (words.word(i - 1).equals("non") || words.word(i - 1).equals("not"));
    }

    /**
     * Line {@code ln} opens with a quotation that holds a year: an entry quoted as the applicant listed it
     * ("\"Officer, 2014-2019\"  (no employer listed)" in screening notes), closed on the line and followed by
     * nothing or a note in parentheses, not a quoted name or a quoted remark. Reads at most
     * {@link #QUOTED_ENTRY_CHARS} characters.
     */
    boolean quotedEntry(int ln) {
        int c = t.lineStart[ln];
        int end = Math.min(t.lineStart[ln + 1], c + QUOTED_ENTRY_CHARS);
        while (c < end && text.chars[c] == ' ') {
            c++;
        }
        if (c >= end || text.chars[c] != '"') {
            return false;
        }
        int digits = 0;
        boolean year = false;
        for (c++; c < end && text.chars[c] != '"'; c++) {
            digits = Character.isDigit(text.chars[c]) ? digits + 1 : 0;
            year |= digits == 4;
        }
        if (!year || c >= end || ".!?".indexOf(text.chars[c - 1]) >= 0) {
            return false; // a quoted remark ends its sentence inside the quotes
        }
        for (c++; c < end && text.chars[c] == ' '; c++) {
            // what follows the closing quote: nothing, or a note in parentheses
        }
        return c >= t.lineStart[ln + 1] || text.chars[c] == '\n' || text.chars[c] == '(';
    }

    /** The line under a title near its line's start opens by calling the post unsworn ("Unsworn security role: ..."). */
    private boolean unswornBelow(int ln) {
        int i = t.firstTokenOfLine(ln + 1);
        for (int j = i; j < Math.min(t.count, i + 3) && t.line[j] == ln + 1; j++) {
            if (words.word(j).equals("unsworn") || notSworn(j)) {
                return true;
            }
        }
        return false;
    }

    /** Only spaces and one line break between token {@code i - 1} and token {@code i}: running text wrapped at a line end. */
    private boolean wrappedBefore(int i) {
        int breaks = 0;
        for (int c = t.end[i - 1]; c < t.start[i]; c++) {
            char ch = text.chars[c];
            if (ch == '\n') {
                breaks++;
            } else if (ch != ' ' && ch != '\t') {
                return false;
            }
        }
        return breaks == 1;
    }

    /**
     * "Paramedic / Field Training Officer (EMS), Cole County EMS": a title that fire, EMS and police
     * services share, on a line that names a fire or EMS service and no law-enforcement agency.
     */
    boolean serviceTitleUnderFireOrEms(PhraseMatcher.Match m, boolean fireOnLine, boolean leOnLine) {
        if (!fireOnLine || leOnLine) {
            return false;
        }
        for (int i = m.first(); i < m.last(); i++) {
            if (SWORN_WORDS.contains(words.word(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A record of comma-separated quoted fields ({@code "Position","Organization",...}): its quotes
     * delimit fields of a table exported as CSV, not a quotation or a name.
     */
    boolean csvRecord(int ln) {
        int from = t.lineStart[ln];
        int to = t.lineStart[ln + 1];
        int fields = 0;
        for (int i = from; i + 2 < to; i++) {
            if (text.chars[i] == '"' && text.chars[i + 1] == ',' && text.chars[i + 2] == '"') {
                fields++;
            }
        }
        return fields >= 2;
    }

    /**
     * A key/value field of a JSON-like or form record ({@code "title": "Trooper"}): the line opens with a
     * quoted key and a colon, so a quoted value is an entry field (a title, an employer), not a quotation.
     */
    boolean fieldRecord(int ln) {
        int i = t.lineStart[ln];
        int to = t.lineStart[ln + 1];
        while (i < to && (text.chars[i] == ' ' || text.chars[i] == '\t' || text.chars[i] == '{' || text.chars[i] == ',')) {
            i++;
        }
        if (i < to && text.chars[i] != '"') {
            return yamlField(i, to);
        }
        if (i >= to) {
            return false;
        }
        int close = i + 1;
        while (close < to && text.chars[close] != '"') {
            if (!Character.isLetterOrDigit(text.chars[close]) && text.chars[close] != '_' && text.chars[close] != ' '
                    && text.chars[close] != '-') {
                return false;
            }
            close++;
        }
        if (close >= to || close - i > 40) {
            return false;
        }
        int c = close + 1;
        while (c < to && text.chars[c] == ' ') {
            c++;
        }
        return c < to && text.chars[c] == ':';
    }

    /**
     * A YAML mapping line ({@code title: "Officer"}, {@code - role: "Sgt."}): an optional list dash, a bare
     * key and a colon, then a quoted value; or a YAML list item that is one quoted value
     * ({@code - "Promoted from patrolman 2014"}): its quotes delimit the value, not a quotation.
     */
    private boolean yamlField(int i, int to) {
        if (text.chars[i] == '-' && i + 1 < to && text.chars[i + 1] == ' ') {
            i += 2;
            if (i < to && text.chars[i] == '"') {
                return wholeQuotedValue(i, to);
            }
        }
        int key = i;
        while (i < to && i - key <= 30 && (Character.isLetterOrDigit(text.chars[i]) || text.chars[i] == '_' || text.chars[i] == '-')) {
            i++;
        }
        if (i == key || i - key > 30 || i + 2 >= to || text.chars[i] != ':' || text.chars[i + 1] != ' ') {
            return false;
        }
        i += 2;
        while (i < to && text.chars[i] == ' ') {
            i++;
        }
        return i < to && text.chars[i] == '"';
    }

    /** A value that opens with a quote at {@code i} and ends its line with the only other quote. */
    private boolean wholeQuotedValue(int i, int to) {
        if (to - i > MAX_QUOTED_VALUE) {
            return false; // a long line is prose, not one value; and reading it per title would not be linear
        }
        int end = to;
        while (end > i && Character.isWhitespace(text.chars[end - 1])) {
            end--;
        }
        if (end - i < 3 || text.chars[end - 1] != '"') {
            return false;
        }
        for (int c = i + 1; c < end - 1; c++) {
            if (text.chars[c] == '"') {
                return false;
            }
        }
        return true;
    }
}
