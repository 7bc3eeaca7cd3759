package org.secondlook.analysis;

/**
 * Questions about the words right beside a title on its line: a content word before a bare
 * "Officer" ("Escrow Officer"), a capital letter, a possessive or attributive word after it
 * ("Marshal's office", "officer training", "officer and dispatcher candidates"), a plural noun it
 * modifies ("trooper uniforms"), "of" after it, "I was" before it, a sentence end between two
 * places, and corporate words on the lines around it.
 */
final class Words extends Passage {
    private final Lexicons lexicons;

    Words(String original, NormalizedText text, Tokens t, Lexicons lexicons) {
        super(original, text, t, java.util.List.of());
        this.lexicons = lexicons;
    }

    private static final java.util.Set<String> ROMAN = java.util.Set.of("i", "ii", "iii", "iv", "v");

    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("a", "an", "the", "as", "former", "retired",
        "senior", "sr", "junior", "jr", "lead", "and", "or", "was", "is", "am", "became", "title", "position", "job",
        "of", "i", "ii", "iii", "to", "my", "s", "1", "2", "3", "in", "at", "from");

    /** True when "officer" directly follows a content word on the same line ("Escrow Officer"). */
    boolean qualifiedByUnknownWord(int tok) {
        if (tok == 0 || t.line[tok - 1] != t.line[tok]) {
            return false;
        }
        boolean spaced = false;
        boolean joined = false;
        for (int i = t.end[tok - 1]; i < t.start[tok]; i++) {
            char c = text.chars[i];
            if (c != ' ' && c != '-' && c != '\'') {
                return false;
            }
            spaced |= c == ' ';
            joined |= c != ' ';
        }
        if (spaced && joined) {
            return false; // "USCP, Washington DC - Officer": a dash between spaces separates, it does not join
        }
        String prev = t.text(text, tok - 1);
        if ("time".equals(prev) && tok >= 2 && t.line[tok - 2] == t.line[tok]
                && ("part".equals(t.text(text, tok - 2)) || "full".equals(t.text(text, tok - 2)))) {
            return false; // "Part-Time Officer": how many hours, not a kind of officer
        }
        return !FUNCTION_WORDS.contains(prev) && !prev.chars().allMatch(Character::isDigit);
    }

    /**
     * A title written as a common noun: lower case ("police officer"), or a proper name before a
     * lower-case head noun ("Tucson Police officer", "Border Patrol agent"), where a title of one's own
     * is written in title case ("Police Officer", "Border Patrol Agent"). An acronym before the head noun
     * ("SWAT team member") is a unit's name, not a sign of running text.
     */
    boolean commonNoun(int first, int last) {
        if (!startsUpperCase(first)) {
            return true;
        }
        if (last - first < 2 || !Character.isLowerCase(original.charAt(text.originalStart(t.start[last - 1])))) {
            return false;
        }
        int s = text.originalStart(t.start[first]);
        int e = text.originalEnd(t.end[first]);
        return !original.substring(s, e).chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c)); // "SWAT team member": an acronym, not a name
    }

    boolean startsUpperCase(int tok) {
        char c = original.charAt(text.originalStart(t.start[tok]));
        return Character.isUpperCase(c) || c == '0' && text.chars[t.start[tok]] == 'o'; // scanned "0fficer": a zero read as a capital O
    }

    /**
     * "Citizens on Patrol (COP)", "COP unit": the slang "cop" written in capitals on a line that is not
     * itself all capitals is an acronym, not the word for a police officer.
     */
    boolean capitalAcronym(int first, int last) {
        if (last - first != 1 || !"cop".equals(word(first))) {
            return false;
        }
        int s = text.originalStart(t.start[first]);
        int e = text.originalEnd(t.end[first]);
        if (!original.substring(s, e).chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        int ln = t.line[first];
        int from = text.originalStart(t.lineStart[ln]);
        int to = text.originalStart(t.lineStart[ln + 1] - 1);
        return original.substring(from, Math.max(from, to)).chars().anyMatch(Character::isLowerCase);
    }

    /** The token right after a phrase on the same line, separated by spaces only or joined by an apostrophe or hyphen ("'s", "-involved"). */
    private String nextWord(int last, boolean allowApostrophe) {
        if (last >= t.count || t.line[last] != t.line[last - 1]) {
            return null;
        }
        boolean spaced = false;
        boolean joined = false;
        for (int i = t.end[last - 1]; i < t.start[last]; i++) {
            char c = text.chars[i];
            if (c == ' ') {
                spaced = true;
            } else if (allowApostrophe && (c == '\'' || c == '-')) {
                joined = true;
            } else {
                return null;
            }
        }
        // a spaced dash ("Police Officer - Bureau of ...") separates a title from its employer: no compound
        return spaced && joined ? null : t.text(text, last);
    }

    /**
     * "processing of police officer\nand firefighter eligibility lists": a lower-case title ending its line, the next
     * line opening with "and" or "or" and a plural attributive noun (at most three words on): a coordinated modifier
     * that a line end split, not a title.
     */
    private boolean coordinatedAcrossLineEnd(int last) {
        if (last + 1 >= t.count || t.line[last] != t.line[last - 1] + 1 || Character.isUpperCase(original.charAt(text.originalStart(t.start[last - 1])))) {
            return false;
        }
        for (int i = t.end[last - 1]; i < t.start[last]; i++) {
            if (!Character.isWhitespace(text.chars[i])) {
                return false;
            }
        }
        String w = t.text(text, last);
        if (!w.equals("and") && !w.equals("or")) {
            return false;
        }
        for (int i = last + 1; i <= last + 3 && i < t.count && t.line[i] == t.line[last]; i++) {
            String x = t.text(text, i);
            if (x.endsWith("s") && lexicons.attributive.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /** Words after a title that make it the name of a credential or a course, not a post. */
    private static final java.util.Set<String> CREDENTIALS = java.util.Set.of("certification", "certifications", "certificate",
            "certificates", "license", "course", "courses");

    /** "Municipal Police Officer Certification", "Part-Time Officer Certification", "Peace Officer Certificate": a credential's name. */
    boolean namesCredential(int last) {
        String next = nextWord(last, false);
        return next != null && CREDENTIALS.contains(next);
    }

    /** "Marshal's office", "officer training", "peace officer candidates": not someone's title. */
    boolean possessiveOrAttributive(int last) {
        String next = nextWord(last, true);
        if (next == null) {
            return coordinatedAcrossLineEnd(last);
        }
        if (next.equals("s") && text.chars[t.start[last] - 1] == '\'') {
            return true;
        }
        if (text.chars[t.start[last] - 1] == '-' && !next.equals("in") && !ROMAN.contains(next)
                && !next.chars().allMatch(Character::isDigit)) {
            return true; // "officer-involved", "officer-scheduling": a compound modifier, not a title
        }
        if ((next.equals("and") || next.equals("or")) && last + 2 < t.count) {
            // "police officer and dispatcher candidates", "police officer and firefighter eligibility lists": a coordinated modifier of a plural noun
            for (int i = last + 1; i <= last + 3 && i < t.count && t.line[i] - t.line[last] <= 1; i++) {
                String w = t.text(text, i);
                if (w.endsWith("s") && lexicons.attributive.contains(w)) {
                    return true;
                }
            }
        }
        if (lexicons.attributive.contains(next)) {
            return true;
        }
        String after = afterCompound(last);
        return after != null && lexicons.attributive.contains(after); // "CBP Officer body-worn cameras"
    }

    /** The word after a hyphenated modifier right after the title ("body-worn" in "Officer body-worn cameras"), or null. */
    private String afterCompound(int last) {
        int n = last + 2;
        if (n >= t.count || t.line[n] != t.line[last - 1] || t.start[last] != t.end[last - 1] + 1 || text.chars[t.end[last - 1]] != ' '
                || t.start[last + 1] != t.end[last] + 1 || text.chars[t.end[last]] != '-'
                || t.start[n] != t.end[last + 1] + 1 || text.chars[t.end[last + 1]] != ' ') {
            return null;
        }
        return t.text(text, n);
    }

    /** "Officer of the Grange", "Officer for Acme Bank": not "Officer for six years", a length of service. */
    boolean followedByOf(int last) {
        String next = nextWord(last, false);
        return "of".equals(next) || "for".equals(next) && !durationAfter(last + 1);
    }

    /** "six years", "18 months", "a decade": a count and a unit of time at token {@code i}. */
    private boolean durationAfter(int i) {
        if (i + 1 >= t.count || t.line[i + 1] != t.line[i]) {
            return false;
        }
        String n = t.text(text, i);
        String unit = t.text(text, i + 1);
        return (NUMBER_WORDS.contains(n) || n.chars().allMatch(Character::isDigit) || "one".equals(n) || "a".equals(n))
                && (unit.startsWith("year") || unit.startsWith("month") || "yrs".equals(unit) || unit.startsWith("decade"));
    }

    boolean corporateNear(int ln, java.util.function.IntPredicate otherEntry) {
        return corporateOn(otherEntry.test(ln - 1) ? ln : Math.max(0, ln - 1), ln,
                otherEntry.test(ln + 1) ? ln : Math.min(t.lines - 1, ln + 1));
    }

    /** A corporate, banking or club word on the title's own line ("Officer (vice president) of the Grange"). */
    boolean corporateOn(int ln) {
        return corporateOn(ln, ln, ln);
    }

    private boolean corporateOn(int from, int ln, int to) {
        for (int l = from; l <= to; l++) {
            if (l < ln && indent(l) > indent(ln)) {
                continue; // a detail line of the entry above ("billing, insurance" under the previous job), not this title's
            }
            int first = t.firstTokenOfLine(l);
            for (int i = first, n = 0; i < t.count && t.line[i] == l && n < 60; i++, n++) {
                if (t.end[i] - t.start[i] <= 12 && lexicons.corporate.contains(t.text(text, i))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final java.util.Set<String> NUMBER_WORDS = java.util.Set.of("two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen", "twenty", "thirty", "several", "many");

    /** A punctuation mark or line break between two offsets of the normalized text: not one running clause. */
    boolean sentenceBreak(int from, int to) {
        for (int c = from; c < to; c++) {
            char ch = text.chars[c];
            if (ch == '.' || ch == ';' || ch == ':' || ch == '\n' || ch == '|') {
                return true;
            }
        }
        return false;
    }

    /** True when line {@code ln} holds the word ("Captain / Fire Investigator"). */
    boolean lineHas(int ln, String w) {
        for (int i = t.firstTokenOfLine(ln); i < t.count && t.line[i] == ln; i++) {
            if (word(i).equals(w)) {
                return true;
            }
        }
        return false;
    }

    String word(int i) {
        return t.text(text, i);
    }

    /** A count of years: a number word ("eleven") or one or two digits. */
    boolean yearCount(int i) {
        String w = word(i);
        return NUMBER_WORDS.contains(w) || (!w.isEmpty() && w.length() <= 2 && w.chars().allMatch(Character::isDigit));
    }

    /** Words ending in "s" that are not plural nouns. */
    private static final java.util.Set<String> NOT_NOUNS = java.util.Set.of("was", "has", "does", "is", "as", "this", "its", "us", "thus");

    /**
     * "trooper uniforms", "police and sheriff agencies", "deputy sheriff and detention officer recruits": a
     * lower-case title right before a plural noun, or before "and"/"or" and a second title that a plural noun
     * follows, modifies it.
     */
    boolean pluralNounAfter(PhraseMatcher.Match m) {
        int n = m.last();
        if (startsUpperCase(m.first()) || n >= t.count || t.line[n] != t.line[n - 1] || t.start[n] != t.end[n - 1] + 1
                || text.chars[t.end[n - 1]] != ' ' || startsUpperCase(n)) {
            return false;
        }
        if (plural(word(n))) {
            return true;
        }
        // "deputy sheriff and detention officer recruits": the plural after a second, coordinated title modifies both
        if (!"and".equals(word(n)) && !"or".equals(word(n))) {
            return false;
        }
        for (int i = n + 2; i < Math.min(t.count, n + 5) && t.line[i] == t.line[n] && !startsUpperCase(i - 1); i++) {
            if (text.chars[t.end[i - 1]] != ' ' || startsUpperCase(i)) {
                return false;
            }
            if (ROLE_WORDS.contains(word(i - 1)) && plural(word(i))) {
                return true;
            }
        }
        return false;
    }

    /** The last words of a title a plural noun may follow in "X and Y recruits". */
    private static final java.util.Set<String> ROLE_WORDS = java.util.Set.of("officer", "deputy", "sheriff", "trooper",
            "detective", "agent", "investigator", "sergeant", "police", "dispatcher");

    private static boolean plural(String w) {
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !NOT_NOUNS.contains(w) && Character.isLetter(w.charAt(0));
    }

    /** "I was the case agent", "I was a sergeant": first-person prose naming the applicant's own title. */
    boolean firstPersonBe(int first) {
        for (int i = first - 1; i >= Math.max(1, first - 5) && t.line[i] == t.line[first]; i--) {
            String w = word(i);
            if ((w.equals("was") || w.equals("became")) && "i".equals(word(i - 1))) {
                return true;
            }
        }
        return false;
    }
}
