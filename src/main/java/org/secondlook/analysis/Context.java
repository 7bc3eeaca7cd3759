package org.secondlook.analysis;

import java.util.List;
import java.util.Set;

/**
 * Questions about the words right around a title that decide whose title it is: inside quotes,
 * after "the" or "with a" (someone else's title), in a fiction or frame sentence ("our sheriff's office
 * customers"). The lines around it are {@link Surroundings}; whether a rank is part of a longer title,
 * {@link RankShape}.
 */
final class Context extends Passage {
    /** How far after a title a quoted work may stand on its line ("Sheriff Kurt Hendricks, \"Red Barn\""). */
    private static final int NAMED_WORK_REACH = 40;
    /** How far (tokens) a fiction cue earlier in the sentence reaches ("Series follows Officer ..."). */
    private static final int FICTION_REACH_TOKENS = 14;
    /** How far (tokens) a frame word reaches from an agency name. */
    private static final int FRAME_REACH_TOKENS = 4;
    /** How far (tokens) a frame word earlier in the sentence reaches over a list of agencies. */
    private static final int FRAME_SENTENCE_TOKENS = 20;
    /** How far (characters) a quote pair may reach around a title; keeps long one-line texts linear. */
    private static final int QUOTE_REACH = 120;
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "our", "their", "his", "her", "your", "its", "my");
    /** Words before a determiner that make the title the applicant's own ("served as the Chief"). */
    private static final Set<String> OWN = Set.of("as", "became", "become", "was", "named", "appointed", "hired",
            "served", "serve", "promoted", "work", "worked", "i");

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
        if (("or".equals(prev) || "and".equals(prev)) && d >= 2) {
            d = theBeforeCoordinated(d);
            prev = d < 0 ? null : "the";
        } else if (prev != null && !prev.equals("the") && Character.isLowerCase(original.charAt(text.originalStart(t.start[d])))) {
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
     * "notify the local police or sheriff": the "the" before the first of two offices joined by the
     * conjunction at {@code conj} (at most two lower-case words between them), or -1.
     */
    private int theBeforeCoordinated(int conj) {
        for (int i = conj - 1; i >= Math.max(0, conj - 3); i--) {
            String w = joinedWord(i);
            if ("the".equals(w)) {
                return i;
            }
            if (w == null || !Character.isLowerCase(original.charAt(text.originalStart(t.start[i])))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "reviewed the report with University Police": "with" right before the title (no article), after a
     * lower-case word of running text on the same line.
     */
    boolean withDirectly(int first) {
        if (first < 2 || t.line[first - 2] != t.line[first] || !"with".equals(t.text(text, first - 1))
                || t.start[first] != t.end[first - 1] + 1 || t.start[first - 1] != t.end[first - 2] + 1) {
            return false;
        }
        return Character.isLowerCase(original.charAt(text.originalStart(t.start[first - 2])));
    }

    /** The line under {@code ln} is indented deeper: a detail line under it, not its wrapped continuation. */
    boolean indentedBelow(int ln) {
        return ln + 1 < t.lines && indent(ln + 1) > indent(ln);
    }

    /**
     * "go in with a uniformed police officer", "assigned with a full-time deputy": "with" (or "alongside",
     * "beside"), then "a"/"an" and at most two lower-case words before the title: someone the applicant
     * was with, not the applicant's own title.
     */
    boolean withSomeone(int first) {
        int a = article(first);
        String before = a < 0 ? null : joinedWord(a - 1);
        return "with".equals(before) || "alongside".equals(before) || "beside".equals(before);
    }

    /**
     * A title that names a kind of person, not the applicant's job: the subject of a clause ("ever since a
     * school resource officer helped my family", "when a deputy arrives"), someone a case or a task goes to
     * ("the case goes to a detective", "reported by a police officer"), or one of two alternatives ("let a
     * deputy or police officer take the door"). Not after a verb of own service ("served as a deputy or jailer").
     */
    boolean somePerson(int first, int last) {
        int a = article(first);
        if (a < 0) {
            return false;
        }
        String before = joinedWord(a - 1);
        if (before != null && OWN.contains(before)) {
            return false;
        }
        if (before != null && (CLAUSE_OPENERS.contains(before) || ("to".equals(before) || "by".equals(before) || "from".equals(before))
                && !OWN_BEFORE_TO.contains(String.valueOf(joinedWord(a - 2))))) {
            return true;
        }
        String next = last < t.count && t.line[last] == t.line[last - 1] ? joinedWord(last - 1) == null ? null : t.text(text, last) : null;
        if ("or".equals(next)) {
            return true; // "a deputy or police officer"
        }
        for (int i = first - 1; i > a; i--) {
            if ("or".equals(t.text(text, i))) {
                return true; // "a deputy or police officer": the second of the two
            }
        }
        return false;
    }

    /** Words that open a clause whose subject may be a title ("since a deputy ..."). */
    private static final Set<String> CLAUSE_OPENERS = Set.of("since", "when", "whenever", "after", "because", "until", "once", "while", "if", "unless");
    /** Verbs before "to a" that make the title the applicant's own ("promoted to a detective"). */
    private static final Set<String> OWN_BEFORE_TO = Set.of("promoted", "moved", "transferred", "rose", "advanced", "reassigned", "elevated", "appointed");

    /**
     * The token "a"/"an" before a title, with at most two lower-case words between (a hyphen may join
     * them: "a full-time deputy", "a deputy or police"); -1 when there is none.
     */
    private int article(int first) {
        int d = first - 1;
        for (int skipped = 0; d >= 0 && skipped <= 3; skipped++, d--) {
            if (t.line[d] != t.line[first] && d + 1 < t.count && t.line[d + 1] - t.line[d] > 1) {
                return -1;
            }
            for (int c = t.end[d]; c < t.start[d + 1]; c++) {
                char ch = text.chars[c];
                if (ch != ' ' && ch != '\t' && ch != '-' && ch != '\n') {
                    return -1;
                }
            }
            String w = t.text(text, d);
            if (w.equals("a") || w.equals("an")) {
                return d;
            }
            if (!Character.isLowerCase(original.charAt(text.originalStart(t.start[d])))) {
                return -1;
            }
        }
        return -1;
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
        return breaks > 1 ? null : t.text(text, i);
    }

    /** Only rank words, "promoted to" or "as" stand before the title on its line: the title opens its line (after any bullet mark). */
    boolean opensLine(int first) {
        if (LeadingDates.only(text, t, first)) {
            return true; // "- 2016-2022 Tpr., OK Hwy Patrol": a one-line entry that opens with its dates
        }
        int ln = t.line[first];
        for (int i = first - 1; i >= 0 && t.line[i] == ln; i--) {
            String w = t.text(text, i);
            if (!RankShape.BEFORE_RANK.contains(w) && !RankShape.LE_NEXT.contains(w) && !w.equals("promoted") && !w.equals("made")) {
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

    /**
     * A title that opens its line and is followed on that line, after a comma, by a double-quoted
     * title of a work ("Officer Krupke, \"West Side Story\"", "Police Officer / Ensemble, \"Twelve Angry
     * Men\""): a part the applicant played, not a job.
     */
    boolean partInNamedWork(int first, int last) {
        int ln = t.line[first];
        if (!opensLine(first)) {
            return false;
        }
        int end = Math.min(t.lineStart[ln + 1], t.end[last - 1] + NAMED_WORK_REACH);
        for (int i = t.end[last - 1]; i + 2 < end; i++) {
            if (text.chars[i] == ',') {
                int q = i + 1;
                while (q < end && text.chars[q] == ' ') {
                    q++;
                }
                if (q + 1 < end && (text.chars[q] == '"' || text.chars[q] == '\u201C')
                        && Character.isUpperCase(original.charAt(text.originalStart(q + 1))) && !shortQuote(q, end)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A quotation of one or two letters ("\"E\" Division", "\"K\" Troop"): a unit's letter, not a work's title. */
    private boolean shortQuote(int q, int end) {
        for (int i = q + 1; i < end && i <= q + 3; i++) {
            if (text.chars[i] == '"' || text.chars[i] == '\u201D') {
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
        if (!"who".equals(t.text(text, last))) {
            return false;
        }
        for (int i = first - 1; i >= Math.max(0, first - 4) && t.line[i] == t.line[first]; i--) {
            String w = t.text(text, i);
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
}
