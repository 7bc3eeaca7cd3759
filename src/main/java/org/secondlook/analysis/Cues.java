package org.secondlook.analysis;

import org.secondlook.domain.FindingCategory;
import java.util.List;
import java.util.Set;

/**
 * Cues in the sentence around a title that say it is not the applicant's own service: a negation,
 * aspiration, third-party or coursework cue earlier in the same sentence (a job offer that was
 * declined is read by {@link DeclinedOffers}).
 */
final class Cues extends Passage {
    private static final int CUE_REACH_TOKENS = 12;
    private static final Set<String> STANDALONE_WORDS = Set.of("law", "enforcement", "police", "officer", "sworn", "justice",
        "criminology", "academy", "explorer", "explorers", "ride", "sheriff", "policing");
    /** Words before a title in which a verb of own service may stand ("hired me back on as a deputy"). */
    private static final int OWN_SERVICE_REACH = 6;
    private static final Set<String> OWN_SERVICE = Set.of("served", "serving", "worked", "hired",
        "sworn", "promoted", "appointed", "commissioned");
    /** Abbreviations whose period does not end a sentence: ranks and forms of address before a name. */
    private static final Set<String> ABBREVIATIONS = Set.of("cpl", "sgt", "lt", "det", "dep", "tpr", "ofc", "capt", "cpt",
        "cmdr", "insp", "ret", "mr", "mrs", "ms", "dr");
    private static final Set<String> COORDINATORS = Set.of("or", "nor", "and");

    Cues(String original, NormalizedText text, Tokens t, List<PhraseMatcher.Match> matches) {
        super(original, text, t, matches);
    }

    /** The nearest earlier cue in the same sentence, or -1. */
    int before(int k, boolean onlyNegationOrAspiration) {
        int roleFirst = matches.get(k).first();
        for (int j = k - 1; j >= 0; j--) {
            PhraseMatcher.Match c = matches.get(j);
            if (roleFirst - c.last() > CUE_REACH_TOKENS) {
                return -1;
            }
            if (crossesSentence(t.end[c.last() - 1], t.start[roleFirst])
                    || (c.phrase().kind() == Phrase.Kind.COURSEWORK && (ownServiceBetween(c.last(), roleFirst) || clauseBetween(c.last(), roleFirst)))) {
                return -1;
            }
            Phrase.Kind kind = c.phrase().kind();
            if (kind == Phrase.Kind.NEGATION || kind == Phrase.Kind.ASPIRATION) {
                return j;
            }
            if (kind == Phrase.Kind.THIRD_PARTY && ("letter".equals(c.phrase().family()) || ownServiceRightBefore(c.first()))) {
                continue; // "was hired by the County Sheriff's Office": the agency that employed the applicant; a letter's cue is read by Letters
            }
            if (kind == Phrase.Kind.THIRD_PARTY && Apposition.parentOfSome(text, t, c.first(), c.last())) {
                continue; // "A father of two, Dana served ...": says what the bio's subject is, not who else the title belongs to
            }
            if (kind == Phrase.Kind.COURSEWORK && c.last() - c.first() == 1 && "class".equals(word(c.first()))
                    && text.chars[t.end[c.first()]] == ':' && fieldValueEnds(matches.get(k).last())) {
                continue; // "Class: PATROLMAN (full-time)" on a personnel card: a job class, not a course
            }
            if (kind == Phrase.Kind.COURSEWORK && c.last() - c.first() == 1 && "class".equals(word(c.first())) && c.first() > 0
                    && GRADES.contains(word(c.first() - 1))) {
                continue; // "Boatswain's Mate First Class (BM1), Boarding Officer": a pay grade, not a course
            }
            if (!onlyNegationOrAspiration && (kind == Phrase.Kind.THIRD_PARTY || kind == Phrase.Kind.COURSEWORK)) {
                return j;
            }
        }
        return -1;
    }

    /** Words before "class" that make it a military or civil-service grade ("Petty Officer First Class", "Private First Class"). */
    private static final java.util.Set<String> GRADES = java.util.Set.of("first", "second", "third", "1st", "2nd", "3rd");

    /** The title ends its field: a line end, a parenthesis or a run of spaces follows ("Class: PATROLMAN   Step 3"). */
    private boolean fieldValueEnds(int end) {
        int c = t.end[end - 1];
        if (c >= text.length || text.chars[c] == '\n' || text.chars[c] == '(') {
            return true;
        }
        return c + 1 < text.length && text.chars[c] == ' ' && (text.chars[c + 1] == ' ' || text.chars[c + 1] == '(');
    }

    private String word(int i) {
        return t.text(text, i);
    }

    /**
     * "no military police duty", "Not military police.", "non-peace-officer", "no police or special-police
     * commission": "no", "not", "without" or "non" right before the title (spaces or a hyphen only
     * between), or before a list item the title is coordinated with ("no X or Y"); the negation's
     * token index, or -1.
     */
    int negationBefore(int first) {
        if (negatedRightBefore(first)) {
            return first - 1;
        }
        if (Checkboxes.unticked(original, text, t, t.line[first])) {
            return t.firstTokenOfLine(t.line[first]); // "[ ] Current or former sworn officer": an option left unticked
        }
        int listed = negatedListItem(first);
        if (listed >= 0) {
            return listed;
        }
        // "no police or special-police commission": one coordinated item of at most two words between
        if (first < 3 || !COORDINATORS.contains(word(first - 1)) || crossesSentence(t.end[first - 1], t.start[first])) {
            return -1; // the list may wrap: "no police or\nspecial-police commission"
        }
        for (int i = first - 2; i >= Math.max(1, first - 3); i--) {
            if (text.chars[t.end[i - 1]] == ',' || crossesSentence(t.end[i - 1], t.start[i])) {
                return -1;
            }
            if (negatedRightBefore(i)) {
                return i - 1;
            }
        }
        return -1;
    }

    /**
     * "No police, sheriff or other law-enforcement employment": a title after a comma, in a list that a
     * coordinator closes a few words on, whose first item (at most three words back) follows "no"; the
     * negation's token, or -1.
     */
    private int negatedListItem(int first) {
        if (first < 2 || t.line[first - 1] != t.line[first] || text.chars[t.end[first - 1]] != ',') {
            return -1;
        }
        boolean closed = false;
        for (int i = first + 1; i < Math.min(t.count, first + 4) && t.line[i] == t.line[first]; i++) {
            closed |= COORDINATORS.contains(word(i));
        }
        if (!closed) {
            return -1;
        }
        for (int i = first - 1; i >= Math.max(1, first - 3); i--) {
            if (crossesSentence(t.end[i - 1], t.start[i])) {
                return -1;
            }
            if (negatedRightBefore(i)) {
                return i - 1;
            }
        }
        return -1;
    }

    private boolean negatedRightBefore(int first) {
        if (first == 0 || t.line[first - 1] != t.line[first]) {
            return false;
        }
        for (int c = t.end[first - 1]; c < t.start[first]; c++) {
            if (text.chars[c] != ' ' && text.chars[c] != '-') {
                return false;
            }
        }
        String w = word(first - 1);
        return w.equals("no") || w.equals("without") || w.equals("not") || w.equals("non");
    }

    /** A verb of own service earlier on the title's line, a few words back ("promoted to Deputy", "hired as an officer", "former deputy"). */
    boolean ownServiceBefore(int first) {
        if (CareerSpan.careerTitle(text, t, first)) {
            return true; // "spent eight years as a deputy", "a 20-year career as a special agent"
        }
        // "served the citizens of Harlan County as a deputy": "as a" lets the verb stand twice as far back
        int reach = first >= 2 && word(first - 2).equals("as") && (word(first - 1).equals("a") || word(first - 1).equals("an"))
                ? 2 * OWN_SERVICE_REACH : OWN_SERVICE_REACH;
        for (int i = first - 1; i >= Math.max(0, first - reach) && t.line[i] == t.line[first]; i--) {
            String w = word(i);
            if (text.chars[t.end[i]] == ',') {
                // "serving town police, sheriff and fire": the title is an item of a list the verb serves;
                // "Sworn, state-certified police officer": a list of the title's own qualities
                return w.equals("sworn");
            }
            if (w.equals("made") && i == first - 1) {
                return true; // "Made sergeant 2013": a promotion, said the way officers say it
            }
            if (OWN_SERVICE.contains(w) || w.equals("became") || w.equals("joined") || w.equals("former") || w.equals("retired")) {
                return true;
            }
        }
        return false;
    }

    /** A verb of own service right before a cue ("hired by the", "employed by a", "sworn in by the"): the applicant's employer follows. */
    private boolean ownServiceRightBefore(int cueFirst) {
        if (cueFirst == 0 || t.line[cueFirst - 1] != t.line[cueFirst]) {
            return false;
        }
        String w = word(cueFirst - 1);
        if (w.equals("in") && cueFirst >= 2 && t.line[cueFirst - 2] == t.line[cueFirst]) {
            return word(cueFirst - 2).equals("sworn"); // "I was sworn in by the Town of Elm as a patrol officer"
        }
        return OWN_SERVICE.contains(w) || w.equals("employed");
    }

    /** "went through the basic course, and was certified as a peace officer": a comma and "and" open a clause of its own. */
    private boolean clauseBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            if (word(i).equals("and") && i > 0 && text.chars[t.end[i - 1]] == ',') {
                return true;
            }
        }
        return false;
    }

    /** "the academy and served as a sworn patrol officer": a verb of own service after a study cue ends the cue. */
    private boolean ownServiceBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            if (OWN_SERVICE.contains(word(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A sentence end between two offsets: a full stop, "!", "?", ";" or "|", or a line break
     * followed by a capital letter or a bullet (a line that starts lower-case, or with a number
     * inside a sentence — "served\n25 years" — continues it).
     */
    boolean crossesSentence(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.chars[i];
            if (c == '.' && abbreviationPeriod(i)) {
                continue; // "Sgt. (ret.) Paul Weir": a rank's or a title's period, not a sentence end
            }
            if (c == '.' || c == '!' || c == '?' || c == ';' || c == '|') {
                return true;
            }
            if (c == '\n') {
                int j = i + 1;
                while (j < to && (text.chars[j] == ' ' || text.chars[j] == '\n')) {
                    j++;
                }
                if (j > to || j >= text.length) {
                    return true;
                }
                char o = original.charAt(text.originalStart(j));
                if (Character.isSurrogate(original.charAt(text.originalStart(i + 1)))) {
                    return true; // "🔹 9 yrs as a ...": a line opened by an emoji bullet starts a new item, like "- " does
                }
                if (!Character.isLowerCase(o) && !(Character.isDigit(o) && !lineStartsDated(j)) && !endsWithArticle(i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A line that ends in "a", "an" or "the" runs on ("not a\n  Deputy U.S. Marshal"): no sentence ends there. */
    private boolean endsWithArticle(int lineBreak) {
        int e = lineBreak;
        while (e > 0 && text.chars[e - 1] == ' ') {
            e--;
        }
        int s = e;
        while (s > 0 && e - s < 4 && Character.isLetter(text.chars[s - 1])) {
            s--;
        }
        String w = new String(text.chars, s, e - s).toLowerCase(java.util.Locale.ROOT);
        return (s == 0 || !Character.isLetter(text.chars[s - 1])) && (w.equals("a") || w.equals("an") || w.equals("the"));
    }

    /** The period right after a rank or a form of address ("Sgt.", "Cpl.", "(ret.)", "Mr."), followed on the same line by more words. */
    private boolean abbreviationPeriod(int dot) {
        int s = dot;
        while (s > 0 && Character.isLetter(text.chars[s - 1])) {
            s--;
        }
        if (s == dot || dot - s > 4 || !ABBREVIATIONS.contains(new String(text.chars, s, dot - s))) {
            return false;
        }
        for (int j = dot + 1; j < text.length; j++) {
            char c = text.chars[j];
            if (c == '\n') {
                return false;
            }
            if (c != ' ' && c != ')' && c != ',') {
                return true;
            }
        }
        return false;
    }

    /** A line that opens with a year or a date range ("2010 - 2015 Police Officer"): a new entry, not a continued sentence. */
    private boolean lineStartsDated(int j) {
        int n = 0;
        while (j + n < text.length && Character.isDigit(text.chars[j + n])) {
            n++;
        }
        return n == 4 || (n <= 2 && j + n < text.length && (text.chars[j + n] == '/' || text.chars[j + n] == '-'));
    }

    /** True when the cue phrase holds a word that is law-enforcement evidence on its own ("no police experience"). */
    boolean standalone(PhraseMatcher.Match m) {
        for (int i = m.first(); i < m.last(); i++) {
            if (STANDALONE_WORDS.contains(word(i))) {
                return true;
            }
        }
        return false;
    }

    static FindingCategory category(Phrase.Kind k) {
        switch (k) {
            case NEGATION: return FindingCategory.NEGATION;
            case ASPIRATION: return FindingCategory.ASPIRATION;
            case THIRD_PARTY: return FindingCategory.THIRD_PARTY;
            case COURSEWORK: return FindingCategory.COURSEWORK;
            default: return null;
        }
    }
}
