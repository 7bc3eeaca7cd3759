package org.secondlook.analysis;

import java.util.List;

/**
 * The matches right beside a title on its line that change what it is: an agency name it completes
 * ("Port Authority Police Officer") or a second name for the same position after a slash
 * ("Constable / Agent").
 */
final class TitleNeighbors extends Passage {

    TitleNeighbors(String original, NormalizedText text, Tokens t, List<PhraseMatcher.Match> matches) {
        super(original, text, t, matches);
    }

    /** "Port Authority Police Officer", "Capitol Police Officer": the title follows an agency's name, word for word. */
    boolean agencyRightBefore(int k, PhraseMatcher.Match m) {
        if (k == 0) {
            return false;
        }
        PhraseMatcher.Match prev = matches.get(k - 1);
        return prev.last() == m.first() && prev.phrase().kind() == Phrase.Kind.AGENCY && "le".equals(prev.phrase().family())
                && t.line[prev.first()] == t.line[m.first()];
    }

    /** What may stand between an agency and the title after it on an entry's line: a dash, a colon or a bar. */
    private static final java.util.Set<String> ENTRY_SEPARATORS = java.util.Set.of("-", "--", "\u2013", "\u2014", ":", "|");
    /** What joins titles in a list of the posts held ("officer, sergeant", "officer / sergeant", "officer and detective"). */
    private static final java.util.Set<String> LIST_JOINS = java.util.Set.of(",", "/", "and", "&", ", then", "then");
    /** The most titles read back along such a list. */
    private static final int LIST_TITLES = 4;

    /**
     * "1992-2017  Seattle Police Department — officer, sergeant (East Precinct)": titles written in lower case right
     * after a law-enforcement agency and a dash, a colon or a bar, or after such a title in a list of them, on the
     * agency's line: the posts the entry's holder had there, not running text.
     */
    boolean listedAfterAgency(int k) {
        for (int j = k, n = 0; j > 0 && n < LIST_TITLES; j--, n++) {
            PhraseMatcher.Match cur = matches.get(j);
            PhraseMatcher.Match prev = matches.get(j - 1);
            if (t.line[prev.first()] != t.line[cur.first()] || prev.last() > cur.first()) {
                return false;
            }
            String between = original.substring(text.originalEnd(t.end[prev.last() - 1]), text.originalStart(t.start[cur.first()])).strip();
            Phrase.Kind kind = prev.phrase().kind();
            if (kind == Phrase.Kind.AGENCY) {
                return "le".equals(prev.phrase().family()) && ENTRY_SEPARATORS.contains(between);
            }
            if (kind != Phrase.Kind.ROLE && kind != Phrase.Kind.RANK && kind != Phrase.Kind.BARE_OFFICER || !LIST_JOINS.contains(between)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "DPS Sgt", "DPS HP Tpr": a capitalized rank right after an agency written in capital initials, word
     * for word: the agency's rank, not a rank qualified by another trade ("Fire Captain").
     */
    boolean rankAfterInitials(int k, PhraseMatcher.Match m) {
        if (!agencyRightBefore(k, m) || !Character.isUpperCase(original.charAt(text.originalStart(t.start[m.first()])))) {
            return false;
        }
        PhraseMatcher.Match prev = matches.get(k - 1);
        for (int i = prev.first(); i < prev.last(); i++) {
            int s = text.originalStart(t.start[i]);
            int e = text.originalEnd(t.end[i]);
            if (e - s < 2 || !original.substring(s, e).chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Ret. LAPD Sgt. M. Ybarra", "Lt. J. Okafor": a rank right before an initial and a capitalized surname is
     * how someone else is addressed. Not on the résumé's first lines, nor with the surname written there: such a
     * name is the applicant's own.
     */
    boolean beforePersonsName(PhraseMatcher.Match m) {
        int i = m.last();
        if (i + 1 >= t.count || t.line[m.first()] < NAME_BLOCK_LINES || t.line[i] != t.line[m.first()] || t.line[i + 1] != t.line[i]) {
            return false;
        }
        int s = text.originalStart(t.start[i]);
        int e = text.originalEnd(t.end[i]);
        int next = text.originalStart(t.start[i + 1]);
        return e - s == 1 && Character.isUpperCase(original.charAt(s)) && e < original.length() && original.charAt(e) == '.'
                && Character.isUpperCase(original.charAt(next)) && t.end[i + 1] - t.start[i + 1] > 1
                && Character.isLowerCase(original.charAt(next + 1)) && !applicantsName(i + 1); // "Ybarra", not "P.O.S., TACO"
    }

    /** The word at {@code tok} also stands in the résumé's first lines: the applicant's own surname ("Dep. R. Espinoza #2291"). */
    private boolean applicantsName(int tok) {
        String surname = t.text(text, tok);
        for (int i = 0; i < t.count && t.line[i] < NAME_BLOCK_LINES; i++) {
            if (t.text(text, i).equals(surname)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "call the local PD or sheriff", "the police and sheriff", "fire, EMS, sheriff and public works": a title written in
     * lower case right after an agency and "or"/"and", or as one item of a list, is one of the offices named, an
     * institution the applicant deals with, not a post held.
     */
    boolean coordinatedWithAgency(int k, PhraseMatcher.Match m, Words words) {
        int i = m.first() - 1;
        if (k == 0 || i < 1 || words.startsUpperCase(m.first())) {
            return false;
        }
        if (inList(m, words)) {
            return true;
        }
        if (!("or".equals(words.word(i)) || "and".equals(words.word(i)))) {
            return false;
        }
        PhraseMatcher.Match prev = matches.get(k - 1);
        return prev.last() == i && prev.phrase().kind() == Phrase.Kind.AGENCY && t.line[prev.first()] == t.line[m.first()];
    }

    /**
     * "coordinate with fire, EMS, sheriff and public works": a one-word title in lower case between a comma and
     * "and", "or" or another comma is one item of a list of services.
     */
    private boolean inList(PhraseMatcher.Match m, Words words) {
        int i = m.first();
        if (m.last() - i != 1 || m.last() >= t.count) {
            return false;
        }
        boolean commaBefore = false;
        for (int c = t.end[i - 1]; c < t.start[i]; c++) {
            commaBefore |= text.chars[c] == ',';
        }
        String next = words.word(m.last());
        boolean commaAfter = false;
        for (int c = t.end[i]; c < t.start[m.last()]; c++) {
            commaAfter |= text.chars[c] == ',';
        }
        return commaBefore && (commaAfter || "and".equals(next) || "or".equals(next));
    }

    /**
     * "Court Officer (NYS Peace Officer)", "Police Constable (police officer)": the family of a named role right before
     * this title, with an opening parenthesis between them on the line: the parenthesis glosses that role. Null if none.
     */
    String roleBeforeParenthesis(int k) {
        if (k == 0) {
            return null;
        }
        PhraseMatcher.Match prev = matches.get(k - 1);
        PhraseMatcher.Match m = matches.get(k);
        if (prev.phrase().kind() != Phrase.Kind.ROLE || t.line[prev.first()] != t.line[m.first()] || m.first() - prev.last() > 2) {
            return null;
        }
        boolean open = false;
        for (int c = t.end[prev.last() - 1]; c < t.start[m.first()]; c++) {
            open = text.chars[c] == '(' || open && text.chars[c] != ')'; // "Detention officer (1999-2001), Deputy Sheriff": closed
        }
        return open ? prev.phrase().family() : null;
    }

    /** Matches read back along a line: keeps a one-line text of any length linear. */
    private static final int LINE_MATCH_REACH = 12;

    /** A reserve or auxiliary title earlier on the title's line (at most 12 matches back): the line is about that reserve post. */
    boolean reserveEarlierOnLine(int k) {
        int ln = t.line[matches.get(k).first()];
        for (int j = k - 1; j >= Math.max(0, k - LINE_MATCH_REACH) && t.line[matches.get(j).first()] == ln; j--) {
            PhraseMatcher.Match o = matches.get(j);
            if (o.phrase().kind() == Phrase.Kind.ROLE && "reserve".equals(o.phrase().family())) {
                return true;
            }
        }
        return false;
    }

    /** Lines at the top of a résumé that hold the applicant's name. */
    private static final int NAME_BLOCK_LINES = 3;

    /** The family of a role joined to this title by a slash on its line ("Constable / Agent"), or null. */
    String slashedRoleFamily(int k) {
        return slashedRoleFamily(k, false);
    }

    /**
     * The family of a role joined to this title by a slash on its line, or null; with {@code namedFirst}, only a role
     * before the title ("Constable / Police Officer": the title after the slash glosses the role named first).
     */
    String slashedRoleFamily(int k, boolean namedFirst) {
        return slashed(k, namedFirst ? new int[] {k - 1} : new int[] {k - 1, k + 1});
    }

    /** Another title follows this one after a slash on its line ("Police Officer / Oficial de Policía"). */
    boolean slashAfter(int k) {
        if (k + 1 >= matches.size()) {
            return false;
        }
        PhraseMatcher.Match a = matches.get(k);
        PhraseMatcher.Match b = matches.get(k + 1);
        Phrase.Kind kind = b.phrase().kind();
        return (kind == Phrase.Kind.ROLE || kind == Phrase.Kind.RANK) && b.first() == a.last() && t.line[a.first()] == t.line[b.first()]
                && text.slice(t.end[a.last() - 1], t.start[b.first()]).strip().equals("/");
    }

    private String slashed(int k, int[] sides) {
        for (int j : sides) {
            if (j < 0 || j >= matches.size()) {
                continue;
            }
            PhraseMatcher.Match o = matches.get(j);
            PhraseMatcher.Match a = j < k ? o : matches.get(k);
            PhraseMatcher.Match b = j < k ? matches.get(k) : o;
            if (o.phrase().kind() != Phrase.Kind.ROLE || o.phrase().plural() || b.first() != a.last()
                    || t.line[a.first()] != t.line[b.first()]) {
                continue;
            }
            String between = text.slice(t.end[a.last() - 1], t.start[b.first()]).strip();
            if (between.equals("/")) {
                return o.phrase().family();
            }
        }
        return null;
    }
}
