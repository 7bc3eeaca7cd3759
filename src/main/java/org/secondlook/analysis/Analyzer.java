package org.secondlook.analysis;
import org.secondlook.domain.FindingCategory;
import org.secondlook.domain.Verdict;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

/**
 * The second-opinion analyzer: a pure function of résumé text and policy. Immutable and safe to
 * share between threads. Text is folded once (with an offset map), split into words, matched
 * against the policy's lexicons with a precompiled trie, and every match is read in context.
 */
public final class Analyzer {
    private final Policy policy;
    private final Lexicons lexicons;
    private final Sections sections;
    private final TextNormalizer normalizer;
    private final int referenceMonth;

    private Analyzer(Policy policy, Lexicons lexicons, int referenceMonth) {
        this.policy = policy;
        this.lexicons = lexicons;
        this.sections = new Sections(lexicons.headings);
        this.normalizer = new TextNormalizer(lexicons.vocab);
        this.referenceMonth = referenceMonth;
    }

    private static int monthIndex(YearMonth ym) {
        return ym.getYear() * 12 + ym.getMonthValue() - 1;
    }

    /** The analyzer with the policy and lexicons shipped in {@code resources/analysis/}. */
    public static Analyzer withDefaultPolicy() {
        Policy p = Policy.defaults();
        return new Analyzer(p, new Lexicons(p), monthIndex(YearMonth.now(Clock.systemUTC())));
    }

    /** The analyzer with an office's policy file; a malformed one is refused with its line and reason. */
    public static Analyzer withPolicy(Path policyFile) throws PolicyException {
        return compile(Policy.read(policyFile));
    }

    /**
     * An office's overrides: {@code dir/policy.json} if present, else the shipped policy; each
     * lexicon file from {@code dir} if present there, else the shipped one. An unusable file is
     * refused with a {@link PolicyException} whose message names the file and the line.
     */
    public static Analyzer withOverrides(Path dir) throws PolicyException {
        return compile(Policy.overrides(dir));
    }

    private static Analyzer compile(Policy p) throws PolicyException {
        try {
            return new Analyzer(p, new Lexicons(p), monthIndex(YearMonth.now(Clock.systemUTC())));
        } catch (Policy.BadLexicon e) {
            throw new PolicyException(e.getMessage(), e);
        }
    }

    /** The same analyzer with "Present" meaning the given month (for tests and re-runs). */
    public Analyzer withReferenceMonth(YearMonth present) {
        return new Analyzer(policy, lexicons, monthIndex(present));
    }

    public AnalysisResult analyze(String text) {
        if (text == null || text.isEmpty()) {
            return new AnalysisResult(Verdict.NOT_LE, null, risk(Verdict.NOT_LE, null, List.of()), List.of());
        }
        NormalizedText norm = normalizer.normalize(text);
        Tokens tokens = Tokens.of(norm, lexicons.vocab);
        int[] repaired = lexicons.misspellings.repair(norm, tokens);
        List<PhraseMatcher.Match> scanned = lexicons.body.scan(tokens);
        if (repaired.length > 0 && Misspellings.keepInPhrases(repaired, tokens, scanned)) {
            scanned = lexicons.body.scan(tokens);
        }
        List<PhraseMatcher.Match> matches = TranslatedAgencyNames.without(norm, tokens, ProperNames.withoutStreets(text, norm, tokens,
                BulletBreaks.split(text, norm, tokens, LocalAbbreviations.add(text, norm, tokens, scanned), lexicons.body)));
        Section[] bySection = sections.of(text, norm, tokens);
        Reading r = new Reading(text, norm, tokens, bySection, matches, policy, lexicons, referenceMonth);
        r.run();
        boolean le = false;
        boolean deferred = false;
        for (AnalysisFinding f : r.findings) {
            le |= f.category() == FindingCategory.LE_EMPLOYMENT;
            deferred |= f.category() == FindingCategory.POLICY_DEPENDENT_ROLE;
        }
        Integer months = null;
        if (le) {
            List<int[]> served = r.dates.served();
            if (!served.isEmpty()) {
                months = DateRanges.months(served);
            } else if (r.dates.duration > 0) {
                months = r.dates.duration;
            }
        }
        Verdict v;
        if (le) {
            v = months != null && months < policy.minimumMonths() || CareerDenial.in(r.findings) ? Verdict.UNCERTAIN : Verdict.LE;
        } else {
            v = deferred ? Verdict.UNCERTAIN : Verdict.NOT_LE;
        }
        return new AnalysisResult(v, months, Risk.of(v, months, r.findings, r.explicitLe), r.findings);
    }

    /** How likely a screening label of LEO is wrong, given this reading (see {@link Risk}). */
    static double risk(Verdict v, Integer months, List<AnalysisFinding> findings) {
        return Risk.of(v, months, findings, 0);
    }
}
