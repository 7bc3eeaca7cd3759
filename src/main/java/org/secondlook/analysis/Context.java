package org.secondlook.analysis;

import java.util.List;
import java.util.Set;

/**
 * Questions about the words around a match that decide whose title it is: inside quotes, after
 * "the" (someone else's title), qualifying the next word ("Deputy CISO"), beside armed-forces or
 * foreign place names, or in an entry with a sworn cue.
 */
final class Context extends Passage {
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
    /** How far (tokens) a fiction cue earlier in the sentence reaches ("Series follows Officer ..."). */
    private static final int FICTION_REACH_TOKENS = 14;
    /** How far (tokens) a frame word reaches from an agency name. */
    private static final int FRAME_REACH_TOKENS = 4;
    /** How far (tokens) a frame word earlier in the sentence reaches over a list of agencies. */
    private static final int FRAME_SENTENCE_TOKENS = 20;
    /** How far (characters) a quote pair may reach around a title; keeps long one-line texts linear. */
    private static final int QUOTE_REACH = 120;
    /** The longest line read as an entry's title line ("Sergeant, Patrol Division  2010 - 2020"). */
    private static final int TITLE_LINE_CHARS = 48;
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "our", "their", "his", "her", "your", "its", "my");
    /** Words before a determiner that make the title the applicant's own ("served as the Chief"). */
    private static final Set<String> OWN = Set.of("as", "became", "become", "was", "named", "appointed", "hired",
            "served", "serve", "promoted", "work", "worked", "i");
    /** Words after a rank that keep it a law-enforcement title ("Chief Deputy", "Sergeant First Class"). */
    private static final Set<String> LE_NEXT = Set.of("sheriff", "marshal", "constable", "police", "detective", "trooper",
            "investigator", "patrol", "sergeant", "officer", "deputy", "chief", "inspector", "agent", "warden", "ranger",
            "lieutenant", "captain", "corporal", "sgt", "lt", "det", "cpl", "i", "ii", "iii", "iv", "grade", "rank", "level",
            "first", "special", "criminal", "game", "conservation", "field", "patrolman", "district", "county");
    /** Words that may stand before a rank in a law-enforcement title ("Senior Deputy", "Acting Chief"). */
    private static final Set<String> BEFORE_RANK = Set.of("senior", "sr", "junior", "jr", "acting", "interim", "assistant",
            "former", "retired", "master", "lead", "supervisory", "supervising", "staff", "head", "principal", "relief",
            "patrol", "road", "traffic", "narcotics", "homicide", "robbery", "vice", "juvenile", "shift", "watch",
            "division", "precinct", "district", "area", "unit", "squad", "task", "undercover", "k9", "canine", "motor",
            "mounted", "school", "resource", "training", "field", "investigative", "as", "and", "or", "to", "then", "now");
    private static final Set<String> NEGATORS = Set.of("no", "not", "non", "without", "never");

    Context(String original, NormalizedText text, Tokens t, List<PhraseMatcher.Match> matches) {
        super(original, text, t, matches);
    }

    /** True when the phrase sits between double quotes on its line ("Be the Officer You Need"). */
    boolean quoted(int first, int last) {
        int ln = t.line[first];
        int lineFrom = Math.max(t.lineStart[ln], t.start[first] - QUOTE_REACH);
        int lineTo = Math.min(t.lineStart[ln + 1], t.end[last - 1] + QUOTE_REACH);
        int before = 0;
        for (int i = lineFrom; i < t.start[first]; i++) {
            before += text.chars[i] == '"' ? 1 : 0;
        }
        if (before % 2 == 0) {
            return false;
        }
        for (int i = t.end[last - 1]; i < lineTo; i++) {
            if (text.chars[i] == '"') {
                return true;
            }
        }
        return false;
    }

    /** "for the Chief", "our Deputy": a determiner before the title, not "as the" / "became a". */
    boolean afterDeterminer(int first) {
        String prev = word(first - 1, first);
        if (prev == null || !DETERMINERS.contains(prev)) {
            return false;
        }
        String before = word(first - 2, first - 1);
        return before == null || !OWN.contains(before);
    }

    /**
     * "brief the Chief of Police", "report to the sworn university police": a title after "the" (one
     * lower-case word may stand between) names the office or its holder, unless "as the" / "was the".
     */
    boolean afterThe(int first) {
        int d = first - 1;
        String prev = joinedWord(d);
        if (prev != null && !prev.equals("the") && Character.isLowerCase(original.charAt(text.originalStart(t.start[d])))) {
            d--;
            prev = joinedWord(d);
        }
        if (!"the".equals(prev)) {
            return false;
        }
        String before = joinedWord(d - 1);
        return before == null || !OWN.contains(before);
    }

    /**
     * "go in with a uniformed police officer", "rode along with an experienced deputy": "with" (or
     * "alongside", "beside"), then "a"/"an" and at most one lower-case word before the title: someone
     * the applicant was with, not the applicant's own title.
     */
    boolean withSomeone(int first) {
        int d = first - 1;
        String prev = joinedWord(d);
        if (prev != null && !prev.equals("a") && !prev.equals("an") && Character.isLowerCase(original.charAt(text.originalStart(t.start[d])))) {
            d--;
            prev = joinedWord(d);
        }
        if (!"a".equals(prev) && !"an".equals(prev)) {
            return false;
        }
        String before = joinedWord(d - 1);
        return "with".equals(before) || "alongside".equals(before) || "beside".equals(before);
    }

    /** Token {@code i} when only spaces and at most one line break join it to the next token (a sentence running on). */
    private String joinedWord(int i) {
        if (i < 0 || i + 1 >= t.count) {
            return null;
        }
        int breaks = 0;
        for (int c = t.end[i]; c < t.start[i + 1]; c++) {
            char ch = text.chars[c];
            if (ch == '\n') {
                breaks++;
            } else if (ch != ' ' && ch != '\t') {
                return null;
            }
        }
        return breaks > 1 ? null : text.slice(t.start[i], t.end[i]);
    }

    /** "Deputy CISO", "Chief Technology Officer": the rank qualifies the capitalised word after it. */
    boolean qualifiesNextWord(int last) {
        if (last >= t.count || t.line[last] != t.line[last - 1]) {
            return false;
        }
        for (int i = t.end[last - 1]; i < t.start[last]; i++) {
            if (text.chars[i] != ' ' && !(text.chars[i] == '.' && i == t.end[last - 1])) {
                return false; // "Dep. Director" still qualifies; "Sgt., Oakdale PD" does not
            }
        }
        String next = text.slice(t.start[last], t.end[last]);
        if (LE_NEXT.contains(next) || next.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return Character.isUpperCase(original.charAt(text.originalStart(t.start[last])));
    }

    /** The rank stands (with rank words only) at the start of a short line: a title line of a résumé entry. */
    boolean titleLine(int first, int last) {
        int ln = t.line[first];
        if (t.lineStart[ln + 1] - t.lineStart[ln] > TITLE_LINE_CHARS) {
            return false;
        }
        for (int i = first - 1; i >= 0 && t.line[i] == ln; i--) {
            String w = text.slice(t.start[i], t.end[i]);
            if (!BEFORE_RANK.contains(w) && !LE_NEXT.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Only rank words, "promoted to" or "as" stand before the title on its line: the title opens its line (after any bullet mark). */
    boolean opensLine(int first) {
        int ln = t.line[first];
        for (int i = first - 1; i >= 0 && t.line[i] == ln; i--) {
            String w = text.slice(t.start[i], t.end[i]);
            if (!BEFORE_RANK.contains(w) && !LE_NEXT.contains(w) && !w.equals("promoted") && !w.equals("made")) {
                return false;
            }
        }
        return true;
    }

    /** "Section Chief", "Fire Captain": a capitalised non-law-enforcement word right before the rank. */
    boolean qualifiedByPreviousWord(int first) {
        String prev = word(first - 1, first);
        if (prev == null || LE_NEXT.contains(prev) || BEFORE_RANK.contains(prev) || prev.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return Character.isUpperCase(original.charAt(text.originalStart(t.start[first - 1])));
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
     * A foreign place name on the title's line, with no US place that contains one ("New Mexico");
     * or on a neighbouring line when the title's own line names no agency or US place (a title line
     * over an agency line: "Police Officer" / "Philippine National Police, Manila").
     */
    boolean foreign(int k, int ln) {
        if (near(k, ln, "foreign", 0) && !near(k, ln, "domestic", 0)) {
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
     * "Senior Police Officer 2, Philippine National Police" over a duty line "… desk officer …"). Asked only
     * for a title read through its agency (a rank or a generic title): it takes the entry's agency.
     */
    boolean foreignEntry(int k, int ln, int head) {
        if (head < 0 || head >= ln || onLine(k, ln, "le") || onLine(k, ln, "domestic")) {
            return false;
        }
        for (int l = head; l < ln; l++) {
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
        for (int l = ln - 1; l >= 0 && ln - l <= BLOCK_LINES && !blank(l); l--) {
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

    /** Words that make a "Title, Agency, dates" line a course or a program, not a job. */
    private static final Set<String> STUDY = Set.of("academy", "university", "college", "school", "course", "courses",
            "class", "degree", "program", "student", "intern", "internship", "cadet", "explorer", "explorers",
            "certificate", "training", "graduate", "graduated", "major", "minor", "gpa", "bachelor", "associate", "diploma");

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
            String w = text.slice(t.start[i], t.end[i]);
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
        for (int top = ln - 1; top >= 0 && ln - top <= ENTRY_LINES && !blank(top); top--) {
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
        int indent = indent(ln);
        for (int top = ln - 1; top >= 0 && ln - top <= ENTRY_LINES && !blank(top); top--) {
            if (indent(top) < indent) {
                return onLine(k, top, "le");
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

    private boolean blank(int l) {
        for (int i = t.lineStart[l]; i < t.lineStart[l + 1]; i++) {
            if (!Character.isWhitespace(text.chars[i])) {
                return false;
            }
        }
        return true;
    }

    /** A fiction or creative-work cue on the title's line, or earlier in its sentence. */
    boolean fictionNear(int k, int ln) {
        int first = matches.get(k).first();
        for (int j = Math.max(0, k - 8); j < Math.min(matches.size(), k + 8); j++) {
            PhraseMatcher.Match m = matches.get(j);
            if (m.phrase().kind() != Phrase.Kind.FICTION) {
                continue;
            }
            if (t.line[m.first()] == ln || (j < k && first - m.last() <= FICTION_REACH_TOKENS && sameSentence(t.end[m.last() - 1], t.start[first]))) {
                return true;
            }
        }
        return false;
    }

    /** An agency with a frame word ("customers", "covered the") within a few tokens on its line: not an employer. */
    boolean framed(int j) {
        PhraseMatcher.Match a = matches.get(j);
        int ln = t.line[a.first()];
        for (int i = Math.max(0, j - 8); i < Math.min(matches.size(), j + 4); i++) {
            PhraseMatcher.Match m = matches.get(i);
            if (m.phrase().kind() != Phrase.Kind.FRAME || t.line[m.first()] != ln) {
                continue;
            }
            if (m.last() <= a.first() ? a.first() - m.last() <= FRAME_SENTENCE_TOKENS && sameSentence(t.end[m.last() - 1], t.start[a.first()])
                    : m.first() - a.last() <= FRAME_REACH_TOKENS) {
                return true; // "covered the Wichita PD, the county sheriff's office and the KBI"; "our sheriff's office customers"
            }
        }
        return false;
    }

    /** "a very patient retired sheriff's deputy who reads my drafts": an article, the title, then "who". */
    boolean describedPerson(int first, int last) {
        if (last >= t.count || t.line[last] != t.line[last - 1]) {
            return false;
        }
        for (int c = t.end[last - 1]; c < t.start[last]; c++) {
            if (text.chars[c] != ' ') {
                return false;
            }
        }
        if (!"who".equals(text.slice(t.start[last], t.end[last]))) {
            return false;
        }
        for (int i = first - 1; i >= Math.max(0, first - 4) && t.line[i] == t.line[first]; i--) {
            String w = text.slice(t.start[i], t.end[i]);
            if (w.equals("a") || w.equals("an") || w.equals("the")) {
                return true;
            }
        }
        return false;
    }

    private boolean sameSentence(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.chars[i];
            if (c == '.' || c == '!' || c == '?' || c == ';') {
                return false;
            }
        }
        return true;
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
            if (l >= ln && cue && !negated(m.first())) {
                return true;
            }
        }
        return false;
    }

    /** POST or peace-officer certification: a sworn cue beside an employment entry, training on its own. */
    private boolean certification(PhraseMatcher.Match m) {
        String first = text.slice(t.start[m.first()], t.end[m.first()]);
        String last = text.slice(t.start[m.last() - 1], t.end[m.last() - 1]);
        return first.equals("post") || first.equals("tcole") || first.equals("peace")
                || (last.startsWith("certifi") && !first.equals("law"));
    }

    private boolean negated(int first) {
        for (int i = first - 1; i >= Math.max(0, first - 3) && t.line[i] == t.line[first]; i--) {
            if (NEGATORS.contains(text.slice(t.start[i], t.end[i]))) {
                return true;
            }
        }
        return false;
    }

    /** Token {@code i} when it is on the same line as token {@code of} and joined to the next by spaces only. */
    private String word(int i, int of) {
        if (i < 0 || t.line[i] != t.line[of]) {
            return null;
        }
        for (int c = t.end[i]; c < t.start[i + 1]; c++) {
            if (text.chars[c] != ' ') {
                return null;
            }
        }
        return text.slice(t.start[i], t.end[i]);
    }
}
