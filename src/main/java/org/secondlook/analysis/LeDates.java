package org.secondlook.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The date ranges around own law-enforcement titles (from the title's line, or the lines {@link DateLines} gives), or a duration where no range is written. */
final class LeDates {
    final List<int[]> ranges = new ArrayList<>();
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
        duration = 0;
    }

    void collect(int first, int last, int ln) {
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
                ranges.addAll(f.ranges());
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
