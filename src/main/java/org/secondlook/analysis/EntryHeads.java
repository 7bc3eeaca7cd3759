package org.secondlook.analysis;

import java.util.List;

/**
 * What an entry's head line (and the lines of its head zone) says about the entry's own title: a
 * civilian title over duties that name officers, the role family the head names, a head titled with
 * a word the lists do not know. Reads the lines {@link Entries} has grouped; linear in the matches
 * it looks at.
 */
final class EntryHeads {
    /** The words of a "CIVILIAN EXPERIENCE" heading (civilian life beside military service). */
    private static final java.util.Set<String> CIVILIAN_HEADING = java.util.Set.of("civilian", "experience", "employment",
            "career", "work", "history", "positions");

    private final String original;
    private final NormalizedText text;
    private final Tokens t;
    private final Entries entries;

    EntryHeads(String original, NormalizedText text, Tokens t, Entries entries) {
        this.original = original;
        this.text = text;
        this.t = t;
        this.entries = entries;
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
        int h = entries.headOf(l);
        if (h < 0 || h == l || entries.dated(l) && titleCase) {
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
     * head line and up to {@link Entries#HEAD_ZONE_LINES} lines under it, one more when the head is a
     * heading line, above {@code l}); null if none, or if {@code l} is the head.
     */
    String headRoleFamily(int l, List<PhraseMatcher.Match> matches, int near) {
        int h = entries.headOf(l);
        if (h < 0 || h == l) {
            return null;
        }
        for (int j = Math.max(0, near - 40); j < near; j++) {
            PhraseMatcher.Match m = matches.get(j);
            int ml = t.line[m.first()];
            if (ml >= h && ml < l && ml <= entries.headZoneEnd(h) && m.phrase().kind() == Phrase.Kind.ROLE && !m.phrase().plural()) {
                return m.phrase().family();
            }
        }
        return null;
    }

    /**
     * The role family of the entry's head title when the policy leaves it to a person, else {@code otherwise}:
     * under "Deputy Sheriff-Jailer", "sworn in as a deputy" is that jailer's oath, not road service.
     */
    String deferredHeadFamilyOr(int l, List<PhraseMatcher.Match> matches, int near, Policy policy, String otherwise) {
        String head = headRoleFamily(l, matches, near);
        return head != null && policy.treatment(head) == Policy.Treatment.DEFERRED ? head : otherwise;
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
        int h = entries.headOf(l);
        if (h < 0 || h == l || !entries.dated(h)) {
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
        String w = t.text(text, first - 1);
        return w.equals("non") || w.equals("not");
    }

    /**
     * "Office Administrator (civilian)" over "Harris County Constable, Precinct 2": the line right above, in the
     * same entry and undated, is a title that calls its holder civilian after its name and names no officer title of its
     * own, so the line under it is the employer (an office named after its officer), not the applicant's title.
     */
    private boolean civilianTitleAbove(int l, List<PhraseMatcher.Match> matches, int near) {
        if (l == 0 || entries.entryOf[l] < 0 || entries.entryOf[l - 1] != entries.entryOf[l] || entries.dated(l - 1) || !saysCivilian(l - 1)) {
            return false;
        }
        int first = t.firstTokenOfLine(l - 1);
        if (t.text(text, first).equals("civilian")) {
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
            String w = t.text(text, i);
            civilian |= w.equals("civilian");
            heading &= CIVILIAN_HEADING.contains(w);
        }
        return civilian && !heading; // "CIVILIAN" or "Civilian Experience" beside "MILITARY": a heading, not a claim
    }
}
