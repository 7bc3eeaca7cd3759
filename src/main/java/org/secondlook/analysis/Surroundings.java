package org.secondlook.analysis;

import java.util.List;
import java.util.Set;

/**
 * The lines around a title in its entry: which agencies, places and sworn cues they name (a
 * law-enforcement, armed-forces, fire or foreign employer on the title's line, a neighboring line,
 * the entry's head line or the employer line over several positions), and whether the title's line
 * is a one-line "Title, Agency, dates" employment entry.
 */
final class Surroundings extends Passage {
    /** Lines after a title in which a sworn cue still belongs to the same entry. */
    private static final int SWORN_REACH_LINES = 3;
    /** Lines above a title that may still belong to its entry. */
    private static final int ENTRY_LINES = 5;
    /** Lines above a title in which its block may name the employer (a foreign agency several entries up). */
    private static final int BLOCK_LINES = 10;
    /** Matches either side of a title read for agencies on one line of its block. */
    private static final int BLOCK_MATCHES = 40;
    /** Matches either side of a title read for agencies on a neighboring line. */
    private static final int NEAR_MATCHES = 12;
    /** Words that negate a sworn cue right after them ("no arrest authority"). */
    private static final Set<String> NEGATORS = Set.of("no", "not", "non", "without", "never", "cannot");
    /** What "sworn" describes when it is a record taken under oath, not a person's status ("took sworn statements"). */
    private static final Set<String> SWORN_RECORDS = Set.of("statement", "statements", "testimony", "testimonies", "affidavit",
            "affidavits", "declaration", "declarations", "deposition", "depositions", "interview", "interviews", "complaint",
            "complaints", "answers", "evidence");
    /** The stems of a contracted "n't" ("don't", "didn't"), read as two words: the stem and "t". */
    private static final Set<String> CONTRACTED = Set.of("don", "doesn", "didn", "can", "couldn", "won", "wouldn", "isn", "wasn",
            "aren", "weren", "haven", "hasn", "hadn");

    /** Words that make a "Title, Agency, dates" line a course or a program, not a job. */
    private static final Set<String> STUDY = Set.of("academy", "university", "college", "school", "course", "courses",
            "class", "degree", "program", "student", "intern", "internship", "cadet", "explorer", "explorers",
            "certificate", "training", "graduate", "graduated", "major", "minor", "gpa", "bachelor", "associate", "diploma");

    Surroundings(String original, NormalizedText text, Tokens t, List<PhraseMatcher.Match> matches) {
        super(original, text, t, matches);
    }

    /** An agency-kind match of the given family within {@code lines} lines of line {@code ln}. */
    boolean near(int k, int ln, String family, int lines) {
        for (int d = 1; d < 10; d++) {
            for (int j : new int[] {k - d, k + d}) {
                if (j < 0 || j >= matches.size()) {
                    continue;
                }
                PhraseMatcher.Match m = matches.get(j);
                if (Math.abs(t.line[m.first()] - ln) <= lines && m.phrase().kind() == Phrase.Kind.AGENCY
                        && family.equals(m.phrase().family())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A foreign place within a line of the title, other than one in the translation after its slash, up to the next
     * comma, dash, parenthesis or bar ("Police Officer / Oficial de Policía": the gloss; "Police Officer / Lieutenant,
     * Kharkiv Oblast Police, Ukraine": "Ukraine" counts).
     */
    boolean foreignBesidesGloss(int k, int ln) {
        int glossEnd = glossEnd(k, ln);
        for (int j = Math.max(0, k - 10); j < Math.min(matches.size(), k + 10); j++) {
            PhraseMatcher.Match m = matches.get(j);
            int l = t.line[m.first()];
            if (Math.abs(l - ln) <= 1 && m.phrase().kind() == Phrase.Kind.AGENCY && "foreign".equals(m.phrase().family())
                    && !(l == ln && j > k && t.start[m.first()] < glossEnd)) {
                return true;
            }
        }
        return false;
    }

    /** The most characters read after a title for the end of its translation: keeps a one-line text of any length linear. */
    private static final int GLOSS_CHARS = 120;

    /**
     * The normalized offset where the words after the title's slash end: a comma, a dash between spaces, "(", "|", the
     * line's end, or {@link #GLOSS_CHARS} characters on.
     */
    private int glossEnd(int k, int ln) {
        int from = t.end[matches.get(k).last() - 1];
        int to = Math.min(t.lineStart[ln + 1], from + GLOSS_CHARS);
        for (int c = from; c < to; c++) {
            char ch = text.chars[c];
            if (ch == ',' || ch == '(' || ch == '|' || ch == ';' || ch == '-' && c > from && text.chars[c - 1] == ' ') {
                return c;
            }
        }
        return to;
    }

    /** An armed-forces name in the title's own sentence ("served in the Army ... . In 2015 he was appointed a Special Agent": not). */
    boolean militaryInSentence(int k, int ln) {
        return inSentence(k, ln, "military");
    }

    /** An armed-forces name in the title's own sentence or on a neighboring line. */
    boolean militaryBeside(int k, int ln) {
        return inSentence(k, ln, "military") || ln > 0 && onLine(k, ln - 1, "military") || onLine(k, ln + 1, "military");
    }

    /** An agency-kind match of the family on line {@code ln}, in the title's own sentence. */
    private boolean inSentence(int k, int ln, String family) {
        int at = t.start[matches.get(k).first()];
        for (int d = 1; d < 10; d++) {
            for (int j : new int[] {k - d, k + d}) {
                if (j >= 0 && j < matches.size() && t.line[matches.get(j).first()] == ln && matches.get(j).phrase().kind() == Phrase.Kind.AGENCY
                        && family.equals(matches.get(j).phrase().family()) && Sentences.same(original, text, t.start[matches.get(j).first()], at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A foreign place name on the title's line, with no US place that contains one ("New Mexico");
     * or on a neighbouring line when the title's own line names no agency or US place (a title line
     * over an agency line: "Police Officer" / "Philippine National Police, Manila").
     */
    boolean foreign(int k, int ln) {
        if (inSentence(k, ln, "foreign") && !near(k, ln, "domestic", 0)) {
            return true;
        }
        for (int l : new int[] {ln - 1, ln + 1}) {
            if (l >= 0 && onLine(k, l, "foreign") && !onLine(k, l, "domestic") && !onLine(k, ln, "le")
                    && !onLine(k, ln, "domestic")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A foreign place on a line of the title's entry above it, from the entry's head line down, while
     * the title's own line names no agency and no US place ("WORK HISTORY — ABROAD, Manila" or
     * "Senior Police Officer 2, Philippine National Police" over a duty line "… desk officer …"), the title's
     * own line included ("…, Ho Chi Minh City, Vietnam. Rank Senior Lieutenant"). Asked only for a title read
     * through its agency (a rank or a generic title): it takes the entry's agency.
     */
    boolean foreignEntry(int k, int ln, int head) {
        if (head < 0 || head > ln || namedLeOnLine(k, ln) || onLine(k, ln, "domestic")) {
            return false;
        }
        for (int l = head; l <= ln; l++) {
            if (onLine(k, l, "foreign") && !onLine(k, l, "domestic")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The title's employer line above it is foreign: the title's own line names no agency and no US
     * place (nor does the line under it, unless that is a duty bullet), and the nearest line above
     * (within its block, up to a blank line) that names a place, or an agency with no title beside it
     * (an employer line over one or more positions), names a foreign one: "Kerala Police Department,
     * India" over "Sub-Inspector ..." and, lines later, "Police Constable / Civil Police Officer, 2010 -
     * 2014"; "Provincial Constable - Ontario Provincial Police" over "- Detective Constable, Crime Unit".
     */
    boolean foreignAbove(int k, int ln, boolean nextLineIsBullet) {
        if (onLine(k, ln, "le", BLOCK_MATCHES) || onLine(k, ln, "domestic", BLOCK_MATCHES)
                || !nextLineIsBullet && ln + 1 < t.lines && (onLine(k, ln + 1, "le", BLOCK_MATCHES)
                || onLine(k, ln + 1, "domestic", BLOCK_MATCHES)) && !onLine(k, ln + 1, "foreign", BLOCK_MATCHES)) {
            return false;
        }
        for (int l = ln - 1; l >= 0 && ln - l <= BLOCK_LINES && !t.blankLine(text, l); l--) {
            boolean domestic = onLine(k, l, "domestic", BLOCK_MATCHES);
            if (onLine(k, l, "foreign", BLOCK_MATCHES) && !domestic) {
                return true;
            }
            if (domestic || employerLine(k, l)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Line {@code l} names a law-enforcement agency with a capital letter and holds no title of any
     * kind: an employer line over one or more positions, not a position's line or a duty line's
     * running text ("in charge of the police station").
     */
    private boolean employerLine(int k, int l) {
        boolean agency = false;
        for (int j = Math.max(0, k - BLOCK_MATCHES); j < Math.min(matches.size(), k + BLOCK_MATCHES); j++) {
            PhraseMatcher.Match m = matches.get(j);
            if (t.line[m.first()] != l) {
                continue;
            }
            switch (m.phrase().kind()) {
                case ROLE, RANK, BARE_OFFICER, NEUTRAL, NON_LE, CIVILIAN -> {
                    return false;
                }
                case AGENCY -> agency |= "le".equals(m.phrase().family())
                        && Character.isUpperCase(original.charAt(text.originalStart(t.start[m.first()])));
                default -> {
                }
            }
        }
        return agency;
    }

    /**
     * "Patrol Officer, Odessa Police Department, 2008–2013": the title opens its line, a
     * law-enforcement agency follows it on the line, then a year, and no study word stands before
     * that year — an employment entry, whatever heading it sits under (a short career listed below
     * Education, under a heading the lists do not know).
     */
    boolean employmentEntryLine(int k, int ln) {
        PhraseMatcher.Match title = matches.get(k);
        if (title.first() != t.firstTokenOfLine(ln)) {
            return false;
        }
        boolean agency = false;
        for (int j = k + 1; j < Math.min(matches.size(), k + 8); j++) {
            PhraseMatcher.Match m = matches.get(j);
            if (t.line[m.first()] != ln) {
                break;
            }
            agency |= m.phrase().kind() == Phrase.Kind.AGENCY && "le".equals(m.phrase().family());
        }
        if (!agency) {
            return false;
        }
        for (int i = title.last(); i < t.count && t.line[i] == ln; i++) {
            String w = t.text(text, i);
            if (STUDY.contains(w)) {
                return false;
            }
            if (w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && w.chars().allMatch(Character::isDigit)) {
                return true;
            }
        }
        return false;
    }

    /** A training or study match on line {@code l} near match {@code k} ("Graduate, Milford Police Dept. Citizens Police Academy"). */
    boolean trainingOnLine(int k, int l) {
        for (int j = Math.max(0, k - 6); j < Math.min(matches.size(), k + 6); j++) {
            PhraseMatcher.Match m = matches.get(j);
            if (t.line[m.first()] == l && (m.phrase().kind() == Phrase.Kind.TRAINING || m.phrase().kind() == Phrase.Kind.COURSEWORK)) {
                return true;
            }
        }
        return false;
    }

    /** An agency-kind match of the family on line {@code l}, among the matches near {@code k}. */
    private boolean onLine(int k, int l, String family) {
        return onLine(k, l, family, NEAR_MATCHES);
    }

    /**
     * A law-enforcement agency on line {@code l} other than a city's or a state's police named generically in Spanish
     * ("Oficial de Policía Municipal" under "Secretaría de Seguridad Pública, Tijuana, B.C., México"): such a name says
     * nothing of the country; Puerto Rico's own entries name Puerto Rico.
     */
    private boolean namedLeOnLine(int k, int l) {
        for (int j = Math.max(0, k - NEAR_MATCHES); j < Math.min(matches.size(), k + NEAR_MATCHES); j++) {
            PhraseMatcher.Match m = matches.get(j);
            if (t.line[m.first()] == l && m.phrase().kind() == Phrase.Kind.AGENCY && "le".equals(m.phrase().family())
                    && !genericSpanish(m)) {
                return true;
            }
        }
        return false;
    }

    private boolean genericSpanish(PhraseMatcher.Match m) {
        if (m.last() - m.first() != 2) {
            return false;
        }
        String second = t.text(text, m.first() + 1);
        return t.text(text, m.first()).startsWith("polic") && (second.equals("municipal") || second.equals("estatal"));
    }

    private boolean onLine(int k, int l, String family, int reach) {
        for (int j = Math.max(0, k - reach); j < Math.min(matches.size(), k + reach); j++) {
            PhraseMatcher.Match m = matches.get(j);
            if (t.line[m.first()] == l && m.phrase().kind() == Phrase.Kind.AGENCY && family.equals(m.phrase().family())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The entry (the block of lines above the title, up to a blank line, at most {@link #ENTRY_LINES}
     * lines) has a less-indented head line naming an agency of the family ("United States Air Force —
     * Security Forces" over indented dates and duty lines), and no law-enforcement agency in between.
     */
    boolean entryHeadedBy(int k, int ln, String family) {
        if (onLine(k, ln, "le")) {
            return false;
        }
        int indent = indent(ln);
        for (int top = ln - 1; top >= 0 && ln - top <= ENTRY_LINES && !t.blankLine(text, top); top--) {
            if (onLine(k, top, "le")) {
                return false;
            }
            int in = indent(top);
            if (in < indent && (onLine(k, top, family) || roleOnLine(k, top, family + "_police"))) {
                return true;
            }
            indent = Math.min(indent, in);
        }
        return false;
    }

    /** The entry's first less-indented line above names a law-enforcement agency ("CHP, 1999 - 2022" over indented duty lines). */
    boolean underLeHead(int k, int ln) {
        return underHead(k, ln, "le");
    }

    /** The entry's first less-indented line above names an agency of the family ("... Railroad Company - Railroad Police Department"). */
    boolean underHead(int k, int ln, String family) {
        int indent = indent(ln);
        for (int top = ln - 1; top >= 0 && ln - top <= ENTRY_LINES && !t.blankLine(text, top); top--) {
            if (indent(top) < indent) {
                return onLine(k, top, family);
            }
        }
        return false;
    }

    /** Another title of the family on the title's own line ("Special Agent, Railroad Police"). */
    boolean otherRoleOnLine(int k, int ln, String family) {
        for (int j = Math.max(0, k - NEAR_MATCHES); j < Math.min(matches.size(), k + NEAR_MATCHES); j++) {
            PhraseMatcher.Match m = matches.get(j);
            if (j != k && t.line[m.first()] == ln && m.phrase().kind() == Phrase.Kind.ROLE && family.equals(m.phrase().family())) {
                return true;
            }
        }
        return false;
    }

    private boolean roleOnLine(int k, int l, String family) {
        for (int j = Math.max(0, k - 12); j < Math.min(matches.size(), k + 12); j++) {
            PhraseMatcher.Match m = matches.get(j);
            if (t.line[m.first()] == l && m.phrase().kind() == Phrase.Kind.ROLE && family.equals(m.phrase().family())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A sworn cue on the title's line or in the next few lines, not negated ("no arrest authority");
     * with {@code acceptCertification}, POST or peace-officer certification counts too (for a bare
     * "Officer", not for ranks that fire and rescue services share).
     */
    boolean swornNear(int k, int ln, boolean acceptCertification) {
        for (int j = Math.max(0, k - 6); j < matches.size(); j++) {
            PhraseMatcher.Match m = matches.get(j);
            int l = t.line[m.first()];
            if (l > ln + SWORN_REACH_LINES) {
                return false;
            }
            boolean cue = m.phrase().kind() == Phrase.Kind.SWORN
                    || (acceptCertification && m.phrase().kind() == Phrase.Kind.TRAINING && certification(m));
            if (l >= ln && cue && !negated(m.first()) && !swornRecord(m)) {
                return true;
            }
        }
        return false;
    }

    /** POST or peace-officer certification: a sworn cue beside an employment entry, training on its own. */
    private boolean certification(PhraseMatcher.Match m) {
        String first = t.text(text, m.first());
        String last = t.text(text, m.last() - 1);
        return first.equals("post") || first.equals("tcole") || first.equals("peace")
                || (last.startsWith("certifi") && !first.equals("law"));
    }

    /** "sworn statements", "sworn testimony": a record taken under oath, which says nothing of the applicant's status. */
    private boolean swornRecord(PhraseMatcher.Match m) {
        return m.last() - m.first() == 1 && m.last() < t.count && t.line[m.last()] == t.line[m.first()]
                && t.text(text, m.first()).equals("sworn") && SWORN_RECORDS.contains(t.text(text, m.last()));
    }

    /** Word {@code i} is the "t" of a contracted negation: "don't make arrests", "didn't carry a badge". */
    private boolean contracted(int i) {
        return i > 0 && t.text(text, i).equals("t") && t.end[i - 1] + 1 == t.start[i] && CONTRACTED.contains(t.text(text, i - 1));
    }

    private boolean negated(int first) {
        for (int i = first - 1; i >= Math.max(0, first - 3) && t.line[i] == t.line[first]; i--) {
            if (NEGATORS.contains(t.text(text, i)) || contracted(i)) {
                return true;
            }
        }
        return false;
    }
}
