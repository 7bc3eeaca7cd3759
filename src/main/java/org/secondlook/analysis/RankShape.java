package org.secondlook.analysis;

import java.util.List;
import java.util.Set;

/**
 * Whether a rank is a law-enforcement title of its own or part of a longer title: qualifying the next word
 * ("Deputy CISO", "Oficial de Crédito"), qualified by the word before it ("Section Chief", "Fire Captain"), or
 * standing on a short title line of an entry ("Sergeant, Patrol Division"). Table cells are kept apart
 * ("Special Agent     Dates: 2005"). The other questions about a title's surroundings are {@link Context}'s.
 */
final class RankShape extends Passage {
    /** The longest line read as an entry's title line ("Sergeant, Patrol Division  2010 - 2020"). */
    private static final int TITLE_LINE_CHARS = 48;
    /** Words after a rank that keep it a law-enforcement title ("Chief Deputy", "Sergeant First Class"). */
    static final Set<String> LE_NEXT = Set.of("sheriff", "marshal", "constable", "police", "detective", "trooper",
            "investigator", "patrol", "sergeant", "officer", "deputy", "chief", "inspector", "agent", "warden", "ranger",
            "lieutenant", "captain", "corporal", "sgt", "lt", "det", "cpl", "i", "ii", "iii", "iv", "grade", "rank", "level",
            "first", "special", "criminal", "game", "conservation", "field", "patrolman", "district", "county");
    /** Words that may stand before a rank in a law-enforcement title ("Senior Deputy", "Acting Chief"). */
    static final Set<String> BEFORE_RANK = Set.of("senior", "sr", "junior", "jr", "acting", "interim", "assistant",
            "former", "retired", "master", "lead", "supervisory", "supervising", "staff", "head", "principal", "relief",
            "patrol", "road", "traffic", "narcotics", "homicide", "robbery", "vice", "juvenile", "shift", "watch",
            "division", "precinct", "district", "area", "unit", "squad", "task", "undercover", "k9", "canine", "motor",
            "mounted", "school", "resource", "training", "field", "investigative", "as", "and", "or", "to", "then", "now");

    RankShape(String original, NormalizedText text, Tokens t, List<PhraseMatcher.Match> matches) {
        super(original, text, t, matches);
    }

    /** How many spaces part two cells of a table on one line. */
    private static final int COLUMN_GAP = 3;

    /**
     * A tab or three or more spaces between token {@code i - 1} and token {@code i}: two cells of a table, not one
     * phrase; two spaces too on a line whose cells are already set apart by a wider gap ("2000-2008   Bureau of
     * Alcohol, Tobacco, Firearms  Special Agent": a cell filled to its edge).
     */
    private boolean columnBreak(int i) {
        int from = text.originalEnd(t.end[i - 1]);
        int to = text.originalStart(t.start[i]);
        if (to - from >= COLUMN_GAP || original.indexOf('\t', from) >= 0 && original.indexOf('\t', from) < to) {
            return true;
        }
        if (to - from != COLUMN_GAP - 1 || original.charAt(from) != ' ' || original.charAt(from + 1) != ' ') {
            return false;
        }
        int ln = t.line[i];
        for (int j = t.firstTokenOfLine(ln) + 1; j < t.count && t.line[j] == ln && j < i - 1; j++) {
            if (text.originalStart(t.start[j]) - text.originalEnd(t.end[j - 1]) >= COLUMN_GAP) {
                return true;
            }
        }
        return false;
    }

    /** Words after a Spanish rank's "de" that keep it a police rank ("Agente de la Policía", "Sargento de Policía"). */
    private static final Set<String> SPANISH_POLICE = Set.of("la", "policia", "policía", "el", "los");

    /** "Deputy CISO", "Chief Technology Officer", "chief poll officer": the rank qualifies the capitalised word, or the word and "officer", after it. */
    boolean qualifiesNextWord(int last) {
        if (last >= t.count || t.line[last] != t.line[last - 1]) {
            return false;
        }
        for (int i = t.end[last - 1]; i < t.start[last]; i++) {
            if (text.chars[i] != ' ' && !(text.chars[i] == '.' && i == t.end[last - 1] && t.end[last - 1] - t.start[last - 1] <= 4)) {
                return false; // "Dep. Director" still qualifies; "Sgt., Oakdale PD" and "as a special agent. He" do not
            }
        }
        String next = t.text(text, last);
        if ("de".equals(next) && last + 1 < t.count && t.line[last + 1] == t.line[last]) {
            return !SPANISH_POLICE.contains(t.text(text, last + 1)); // "Oficial de Crédito": a credit officer; "Agente de la Policía" stays a rank
        }
        if (LE_NEXT.contains(next) || next.chars().allMatch(Character::isDigit) || columnBreak(last)
                || t.end[last] < text.chars.length && text.chars[t.end[last]] == ':') {
            return false; // "Special Agent     Dates: 2005": a column break or the next field's label, not a qualified word
        }
        if (next.length() == 1 && t.end[last] < text.chars.length && text.chars[t.end[last]] == '.') {
            return false; // "Dep. R. Espinoza #2291": an initial, so a name follows the rank, not a word it qualifies
        }
        if (last + 1 < t.count && t.line[last + 1] == t.line[last] && "officer".equals(t.text(text, last + 1))) {
            return true; // "chief poll officer", "chief compliance officer" in lower case: the rank qualifies an officer title
        }
        return Character.isUpperCase(original.charAt(text.originalStart(t.start[last]))) && !retiredName(last) && !applicantsName(last);
    }

    /** The most words before a rank on the résumé's first line ("Résumé of Sgt. Eileen Cho"). */
    private static final int NAME_LINE_OPENING = 3;

    /**
     * "Sgt. Denise Waller, Elm County Police Dept, 2004-present": a rank opening the résumé's first line, or opening a
     * line that dates it as a one-line entry ("Tpr. Lisa Ortega, Kansas Highway Patrol, 2011 to present"), before two
     * capitalized words that no lexicon uses (a first name and a surname, not "Deputy Director"): the applicant's own
     * name, which the rank is written before, not a word it qualifies.
     */
    private boolean applicantsName(int name) {
        int ln = t.line[name];
        return t.count > 0 && (ln == t.line[0] && name - t.firstTokenOfLine(ln) <= NAME_LINE_OPENING + 1
                || name - 1 == t.firstTokenOfLine(ln) && yearAfter(name, ln)) && name + 1 < t.count
                && t.line[name + 1] == ln && Character.isUpperCase(original.charAt(text.originalStart(t.start[name + 1])))
                && t.word[name] < 0 && t.word[name + 1] < 0 && !POSITION_WORDS.contains(t.text(text, name));
    }

    /** Words read after a name for the year of a one-line entry. */
    private static final int ENTRY_YEAR_REACH = 24;

    /** A year (19xx or 20xx) within a few words after the name on its line: "Tpr. Lisa Ortega, Kansas Highway Patrol, 2011 to present". */
    private boolean yearAfter(int name, int ln) {
        for (int i = name + 2; i < Math.min(t.count, name + ENTRY_YEAR_REACH) && t.line[i] == ln; i++) {
            if (t.end[i] - t.start[i] == 4 && (text.chars[t.start[i]] == '1' && text.chars[t.start[i] + 1] == '9'
                    || text.chars[t.start[i]] == '2' && text.chars[t.start[i] + 1] == '0') && Character.isDigit(text.chars[t.start[i] + 2])
                    && Character.isDigit(text.chars[t.start[i] + 3])) {
                return true;
            }
        }
        return false;
    }

    /** Words of a position a rank qualifies at the head of a résumé ("Deputy Director Ann Lowe"), never a first name. */
    private static final Set<String> POSITION_WORDS = Set.of("director", "manager", "chief", "commissioner", "administrator",
            "secretary", "superintendent", "coordinator", "supervisor", "assistant", "executive", "general", "counsel", "clerk",
            "editor", "principal", "president", "registrar", "treasurer", "controller", "comptroller", "head");

    /**
     * "Sgt. Phil Weir (ret.)": a name of one to three words after the rank, then "(ret.)" or "(retired)": the
     * named person's own rank, which they retired from, not a word the rank qualifies.
     */
    private boolean retiredName(int name) {
        for (int i = name + 1; i <= name + 3 && i < t.count && t.line[i] == t.line[name]; i++) {
            String w = t.text(text, i);
            if ((w.equals("ret") || w.equals("retired")) && text.chars[t.start[i] - 1] == '(') {
                return true;
            }
        }
        return false;
    }

    /** The rank stands (with rank words only) at the start of a short line: a title line of a résumé entry. */
    boolean titleLine(int first, int last) {
        int ln = t.line[first];
        if (t.lineStart[ln + 1] - t.lineStart[ln] > TITLE_LINE_CHARS) {
            return false;
        }
        for (int i = first - 1; i >= 0 && t.line[i] == ln; i--) {
            String w = t.text(text, i);
            if (!BEFORE_RANK.contains(w) && !LE_NEXT.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** "Section Chief", "Fire Captain": a capitalised non-law-enforcement word right before the rank. */
    boolean qualifiedByPreviousWord(int first) {
        String prev = word(first - 1, first);
        if (prev == null || LE_NEXT.contains(prev) || BEFORE_RANK.contains(prev) || prev.equals("made")
                || prev.chars().allMatch(Character::isDigit) || columnBreak(first)) { // "Made sergeant 2013": a promotion, not a qualifier
            return false;
        }
        return Character.isUpperCase(original.charAt(text.originalStart(t.start[first - 1])));
    }
}
