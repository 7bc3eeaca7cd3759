package org.secondlook.analysis;

import java.util.List;
import java.util.function.Supplier;

/**
 * The agency beside a title: "le" or "military" when such an agency name stands on the title's line
 * or within a few lines of it, leaving out the agencies that are not the title's employer (a client,
 * beat or contact in a frame; a running-text mention on a later line; a training's host on an earlier
 * line; a duty bullet of another entry, unless the bullet is itself the entry's head: the agency
 * opening it with its dates, "- NYPD, 2009 - 2017").
 */
final class NearbyAgency extends Passage {
    private static final java.util.Set<String> COMPANY_WORDS = java.util.Set.of("llc", "inc", "corp", "corporation", "company",
            "realty", "realtors", "ltd", "insurance", "mutual", "bank", "brokerage");
    private static final int COMPANY_READ = 40;
    private final Context context;
    private final Surroundings around;
    private final Words words;
    private final Supplier<Entries> entries;
    private final int referenceMonth;

    NearbyAgency(String original, NormalizedText text, Tokens t, List<PhraseMatcher.Match> matches, Context context,
            Surroundings around, Words words, Supplier<Entries> entries, int referenceMonth) {
        super(original, text, t, matches);
        this.context = context;
        this.around = around;
        this.words = words;
        this.entries = entries;
        this.referenceMonth = referenceMonth;
    }

    /** "le" or "military" when such an agency name is on this line or the next/previous one. */
    String near(int k, int ln) {
        return near(k, ln, 1);
    }

    /** "le" or "military" when such an agency name is within {@code reach} lines (an earlier line only as a fallback). */
    String near(int k, int ln, int reach) {
        String found = null;
        for (int d = 1; d < 8; d++) {
            for (int j : new int[] {k - d, k + d}) {
                if (j < 0 || j >= matches.size()) {
                    continue;
                }
                PhraseMatcher.Match m = matches.get(j);
                int l = t.line[m.first()];
                if (Math.abs(l - ln) > reach || m.phrase().kind() != Phrase.Kind.AGENCY) {
                    continue;
                }
                if (context.framed(j) || l != ln && (entries.get().inBullet(original, l) && !bulletHead(m, l) || ownDatedEntry(m, l, ln)
                        || l > ln && !words.startsUpperCase(m.first())
                        && Sentences.fullStopBetween(original, text, t.end[matches.get(k).last() - 1], t.start[m.first()]))
                        || (l < ln && (!words.startsUpperCase(m.first()) || "le".equals(m.phrase().family()) && around.trainingOnLine(j, l)))) {
                    continue; // a client, beat or contact; a running-text mention ("local police") or a training's host on an earlier line
                }
                if ("le".equals(m.phrase().family()) && l >= ln) {
                    return "le";
                }
                if ("le".equals(m.phrase().family()) && l < ln && found == null) {
                    found = "le";
                }
                if ("military".equals(m.phrase().family()) && found == null) {
                    found = "military";
                }
            }
        }
        return found;
    }

    /**
     * "Agent, Elm Realty, 2014-present" over "Police Officer, Elm Police Department, 2013": the title's line and the
     * agency's line are dated heads of two entries, so the agency is the other entry's employer. So is an agency in a
     * detail line of the entry above, not opening it ("criminal matters go to OIG investigators" over "SIU Investigator,
     * Elm Insurance, 2012-2018"): the title's dated line names its own employer.
     */
    private boolean ownDatedEntry(PhraseMatcher.Match m, int l, int ln) {
        Entries e = entries.get();
        return e.otherDatedEntry(l, ln) && companyOn(ln) && (e.isHead(l) && e.dated(l)
                || l < ln && !e.isHead(l) && datedAbove(e, l) && t.firstTokenOfLine(l) != m.first()); // an employer line may head the title under it
    }

    /** The most lines read up an entry for its dated line. */
    private static final int DATED_ABOVE_LINES = 4;

    /** A line of {@code l}'s entry just above it holds a year: {@code l} is a detail of a dated entry. */
    private boolean datedAbove(Entries e, int l) {
        for (int x = l - 1; x >= Math.max(0, l - DATED_ABOVE_LINES) && x >= e.headOf(l); x--) {
            if (e.dated(x)) {
                return true;
            }
        }
        return false;
    }

    /** A company's name word on line {@code ln} ("Realty", "LLC", "Inc."): the title has an employer of its own there. */
    private boolean companyOn(int ln) {
        int first = t.firstTokenOfLine(ln);
        for (int i = first, n = 0; i < t.count && t.line[i] == ln && n < COMPANY_READ; i++, n++) {
            if (COMPANY_WORDS.contains(t.text(text, i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "- NYPD, 2009 - 2017", "- Dayton PD, retiring after 22 yrs of service": a bullet that opens with the agency's
     * name (its capitalized place words included) and holds a date range or a length of service heads an entry.
     */
    private boolean bulletHead(PhraseMatcher.Match m, int l) {
        return (context.opensLine(m.first()) || namedFromLineStart(m.first(), l)) && words.startsUpperCase(m.first())
                && !DateRanges.read(text.chars, t.lineStart[l], t.lineStart[l + 1], referenceMonth).isEmpty();
    }

    /** Only capitalized words (at most three: "Dayton", "Prince George's County") before the agency match on its line. */
    private boolean namedFromLineStart(int first, int l) {
        int from = t.firstTokenOfLine(l);
        if (first - from > 3) {
            return false;
        }
        for (int i = from; i < first; i++) {
            if (!words.startsUpperCase(i)) {
                return false;
            }
        }
        return true;
    }
}
