package org.secondlook.analysis;

import org.secondlook.domain.FindingCategory;

import java.util.ArrayList;
import java.util.List;

/**
 * The post-pass over a résumé's LE findings that turns unsupported claims into questions for a
 * reviewer. A summary never makes LE by itself: when the résumé has an experience section and every LE
 * finding stands in the summary ("Seven years of law enforcement experience" over a private-security
 * history), or every one stands in the headline above dated entries whose roles the policy leaves to a
 * person ("Decorated police officer" over "2013 - present  Reserve Police Officer"), they become a claim
 * that no experience entry supports. A dated experience line that names a law-enforcement agency and no title
 * is such an entry: the summary names its title.
 */
final class SummaryClaims {
    private final NormalizedText text;
    private final Tokens t;
    private final Section[] sections;
    private final int referenceMonth;
    /** Indices into the findings of LE findings read in a summary section. */
    private final List<Integer> summaryLe = new ArrayList<>();
    /** LE findings outside a summary section: index into the findings and line. */
    private final List<int[]> otherLe = new ArrayList<>();
    /** A summary line with an LE finding tells a career with its own years and retirement ("20 yrs (ret. 2009)"). */
    private boolean retiredCareer;
    /** The most summary titles compared with the entries' titles (a summary rarely names more than a few). */
    private static final int TITLES_COMPARED = 8;
    /** The lexicon matches of the LE findings read in a summary section. */
    private final List<PhraseMatcher.Match> summaryTitles = new ArrayList<>();
    /** Lines of the roles read as policy-dependent. */
    private final List<Integer> deferredLines = new ArrayList<>();

    /** The longest line read as a dated entry line: a longer one is running text. */
    private static final int ENTRY_LINE_CHARS = 300;
    /** The résumé's lexicon matches, read only when every LE finding stands in the summary. */
    private final List<PhraseMatcher.Match> matches;
    private final Words words;

    SummaryClaims(NormalizedText text, Tokens t, Section[] sections, int referenceMonth, List<PhraseMatcher.Match> matches, Words words) {
        this.matches = matches;
        this.words = words;
        this.text = text;
        this.t = t;
        this.sections = sections;
        this.referenceMonth = referenceMonth;
    }

    /** An LE finding about to be added at index {@code finding}, on line {@code ln}, read from match {@code m}. */
    void le(int finding, int ln, PhraseMatcher.Match m) {
        if (sections[ln] == Section.SUMMARY) {
            summaryLe.add(finding);
            summaryTitles.add(m);
            retiredCareer |= RetiredCareerLine.on(text, t, ln);
        } else {
            otherLe.add(new int[] {finding, ln});
        }
    }

    /** A role read as policy-dependent on line {@code ln}. */
    void deferred(int ln) {
        deferredLines.add(ln);
    }

    /** Rewrites the unsupported LE findings as claims left to a reviewer; true when it did (the caller drops its LE dates). */
    boolean apply(List<AnalysisFinding> findings) {
        long le = findings.stream().filter(f -> f.category() == FindingCategory.LE_EMPLOYMENT).count();
        List<Integer> claims = new ArrayList<>(summaryLe);
        boolean experience = java.util.Arrays.asList(sections).contains(Section.EXPERIENCE);
        if (le > 0 && le == summaryLe.size() + otherLe.size() && !otherLe.isEmpty() && headlineOnly()) {
            otherLe.forEach(f -> claims.add(f[0])); // "Decorated police officer" over a history of reserve service: the entries say what it was
        } else if (summaryLe.isEmpty() || !experience || le != summaryLe.size() || retiredCareer || agencyOnlyEntry() || entryHoldsTheTitle()) {
            return false; // with no experience heading the summary may be the whole history ("About me" in prose)
        }
        for (int i : claims) {
            AnalysisFinding f = findings.get(i);
            findings.set(i, new AnalysisFinding(f.start(), f.end(), FindingCategory.POLICY_DEPENDENT_ROLE, f.text(),
                    Explanations.nonLe(f.text(), "a claim in the summary that no experience entry supports; a reviewer decides")));
        }
        return true;
    }

    /**
     * Every LE finding outside the summary stands in the résumé's headline, above the first line that holds
     * a date range and above a dated entry whose role the policy leaves to a person.
     */
    private boolean headlineOnly() {
        int deferred = deferredLines.stream().mapToInt(Integer::intValue).min().orElse(-1);
        if (deferred < 0) {
            return false;
        }
        int top = otherLe.stream().mapToInt(f -> f[1]).max().orElse(Integer.MAX_VALUE);
        if (top >= deferred || otherLe.stream().anyMatch(f -> sections[f[1]] == Section.EXPERIENCE)) {
            return false;
        }
        for (int l = 0; l <= top + 1; l++) {
            if (hasRange(l)) {
                return false;
            }
        }
        if (top + 2 < t.lines && !t.blankLine(text, top + 1) && hasRange(top + 2) && !deferredLines.contains(top + 2)) {
            return false; // "Deputy Sheriff II" / "Elm County Sheriff's Office" / "June 2023 - Present": an entry's title, employer and dates
        }
        return hasRange(deferred) || hasRange(deferred - 1) || hasRange(deferred + 1);
    }

    /**
     * A dated line of the experience section names a law-enforcement agency and no title of any kind
     * ("Elm Heights PD, 2011-2018 (Patrol; K9 Unit)"): the entry the summary's title belongs to.
     */
    private boolean agencyOnlyEntry() {
        int read = -1;
        for (int j = 0; j < matches.size(); j++) {
            PhraseMatcher.Match m = matches.get(j);
            int l = t.line[m.first()];
            if (m.phrase().kind() != Phrase.Kind.AGENCY || !"le".equals(m.phrase().family()) || sections[l] != Section.EXPERIENCE
                    || l == read || t.lineStart[l + 1] - t.lineStart[l] > ENTRY_LINE_CHARS) {
                continue;
            }
            read = l; // each line's dates are read once
            if (!hasRange(l)) {
                continue;
            }
            boolean titled = false;
            for (int i = Math.max(0, j - 8); i < Math.min(matches.size(), j + 8) && !titled; i++) {
                Phrase.Kind kind = matches.get(i).phrase().kind();
                titled = t.line[matches.get(i).first()] == l && kind != Phrase.Kind.AGENCY && kind != Phrase.Kind.SWORN
                        && !(i > j && parenthesisBetween(t.end[m.last() - 1], t.start[matches.get(i).first()]));
            }
            if (!titled) {
                return true;
            }
        }
        return false;
    }

    /**
     * An experience entry holds the summary's own title, written the same way with the word before it ("Special
     * Investigator with the Office of the Attorney General ... designated peace officer with arrest authority" over an
     * entry "Special Investigator / Senior Special Investigator, 2013 - present"), capitalized, and not read as a
     * policy-dependent role: the summary says what that entry's title was.
     */
    private boolean entryHoldsTheTitle() {
        for (PhraseMatcher.Match s : summaryTitles.subList(0, Math.min(summaryTitles.size(), TITLES_COMPARED))) {
            for (PhraseMatcher.Match m : matches) {
                int l = t.line[m.first()];
                if (m.phrase() == s.phrase() && sections[l] == Section.EXPERIENCE && words.startsUpperCase(m.first())
                        && !deferredLines.contains(l) && sameWordBefore(s.first(), m.first())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Both titles have the same word right before them on their lines, or neither has one. */
    private boolean sameWordBefore(int a, int b) {
        boolean hasA = a > 0 && t.line[a - 1] == t.line[a];
        boolean hasB = b > 0 && t.line[b - 1] == t.line[b];
        return hasA == hasB && (!hasA || t.text(text, a - 1).equals(t.text(text, b - 1)));
    }

    /** "(Patrol; K9 Unit 2015-2018)" after the agency: the units it served in, not a title held. */
    private boolean parenthesisBetween(int from, int to) {
        for (int c = from; c < to; c++) {
            if (text.chars[c] == '(') {
                return true;
            }
        }
        return false;
    }

    private boolean hasRange(int l) {
        return l >= 0 && l < t.lines && !DateRanges.read(text.chars, t.lineStart[l], t.lineStart[l + 1], referenceMonth).ranges().isEmpty();
    }
}
