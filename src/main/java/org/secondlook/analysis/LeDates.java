package org.secondlook.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The date ranges around own law-enforcement titles (from the title's line, or the lines {@link DateLines} gives), or a duration where no range is written. */
final class LeDates {
    final List<int[]> ranges = new ArrayList<>();
    /** Ranges in years alone from a summary line ("trooper (2018-2019)"), kept apart until {@link #served()}. */
    private final List<int[]> summaryYears = new ArrayList<>();
    int duration;

    private final String original;
    private final NormalizedText text;
    private final Tokens t;
    private final Supplier<Entries> entries;
    private final int referenceMonth;

    LeDates(String original, NormalizedText text, Tokens t, Supplier<Entries> entries, int referenceMonth) {
        this.original = original;
        this.text = text;
        this.t = t;
        this.entries = entries;
        this.referenceMonth = referenceMonth;
    }

    void clear() {
        ranges.clear();
        summaryYears.clear();
        duration = 0;
    }

    /**
     * The ranges of own service: every range read, but a summary's range in years alone that an entry's range with
     * months tells finer, the same years at both ends ("left after nine months (2018-2019)" over an entry "Trooper,
     * Aug 2018 - May 2019"): the summary retells that entry, it does not add the months around it.
     */
    List<int[]> served() {
        List<int[]> all = new ArrayList<>(ranges);
        if (summaryYears.isEmpty()) {
            return all;
        }
        java.util.Set<Long> told = new java.util.HashSet<>(); // the first and last years of each range written with months
        for (int[] r : ranges) {
            if (!DateRanges.yearsOnly(r)) {
                told.add(years(r[0] / 12, (r[1] - 1) / 12));
            }
        }
        for (int[] y : summaryYears) {
            if (!told.contains(years(y[0] / 12, y[1] / 12)) && !told.contains(years(y[0] / 12, (y[1] - 1) / 12))) {
                all.add(y);
            }
        }
        return all;
    }

    private static long years(int first, int last) {
        return (long) first << 32 | last & 0xffffffffL;
    }

    /** Collects the dates of an own title on line {@code ln}; {@code summary}: the line is in a summary section. */
    void collect(int first, int last, int ln, boolean summary) {
        int[] order = DateLines.order(entries.get(), original, ln);
        for (int l : order) {
            if (l < 0 || l >= t.lines) {
                continue;
            }
            int from = t.lineStart[l];
            int to = t.lineStart[l + 1];
            if (l == ln) {
                from = Math.max(from, t.start[first] - 160);
                to = Math.min(to, t.end[last - 1] + 160);
            } else {
                to = Math.min(to, from + 200);
            }
            DateRanges.Found f = DateRanges.read(text.chars, from, to, referenceMonth);
            if (!f.isEmpty()) {
                if (f.servedMonths() > 0 && !f.ranges().isEmpty() && f.servedMonths() < DateRanges.months(f.ranges())) {
                    // "2017-2018 ... (7 months of service)": the applicant's own count is finer than the years around it
                    int start = f.ranges().stream().mapToInt(r -> r[0]).min().getAsInt();
                    ranges.add(new int[] {start, start + f.servedMonths()});
                    return;
                }
                for (int[] r : f.ranges()) {
                    (summary && DateRanges.yearsOnly(r) ? summaryYears : ranges).add(r);
                }
                if (f.ranges().isEmpty()) {
                    duration = Math.max(duration, l == ln ? ownSentence(f, from, last, to) : f.durationMonths());
                }
                return;
            }
        }
    }

    /**
     * "Sworn deputy ... for 8 months in 2022, then resigned. ... call center, 5 yrs total.": the durations up to
     * the end of the title's sentence, where it states any, not every duration in the reach around it.
     */
    private int ownSentence(DateRanges.Found f, int from, int last, int to) {
        int own = DateRanges.read(text.chars, from, sentenceEnd(t.end[last - 1], to), referenceMonth).durationMonths();
        return own > 0 ? own : f.durationMonths();
    }

    /** The first full stop, "!", "?" or ";" at or after {@code from}, or {@code to}. */
    private int sentenceEnd(int from, int to) {
        for (int c = from; c < to; c++) {
            char ch = text.chars[c];
            if (ch == '.' || ch == '!' || ch == '?' || ch == ';') {
                return c;
            }
        }
        return to;
    }
}
