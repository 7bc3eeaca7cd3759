package org.secondlook.ui.casefile;

import org.secondlook.domain.FindingCategory;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.secondlook.review.cases.Span;

/**
 * Reads the dates beside each employment finding (on its line or the next two) into timeline
 * entries. Display only: the analyzer's month count is the figure of record.
 */
public final class TimelineEntries {
    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
    private static final String DATE = "\\b(?:(?:" + MONTH + ")\\s+(\\d{4})|(\\d{1,2})/(\\d{4})|(\\d{4})-(0[1-9]|1[0-2])\\b|(\\d{4}))";
    private static final int GROUPS = 7;
    private static final Pattern RANGE = Pattern.compile(DATE + "\\s*(?:-|\u2013|\u2014|to|until)\\s*(?:" + DATE
            + "|(present|current|now|today))", Pattern.CASE_INSENSITIVE);
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private TimelineEntries() {
    }

    public static List<TimelineEntry> from(String text, List<Span> findings, YearMonth today) {
        List<TimelineEntry> out = new ArrayList<>();
        for (Span s : findings) {
            boolean qualifying = s.is(FindingCategory.LE_EMPLOYMENT);
            if (!qualifying && !s.is(FindingCategory.POLICY_DEPENDENT_ROLE) && !s.is(FindingCategory.CIVILIAN_IN_LE_AGENCY)) {
                continue;
            }
            String window = window(text, s.start(), s.end());
            Matcher m = RANGE.matcher(window);
            if (m.find()) {
                YearMonth from = date(m, 1, false, today);
                YearMonth to = m.group(2 * GROUPS + 1) != null ? today : date(m, GROUPS + 1, true, today);
                if (from != null && to != null && !to.isBefore(from) && from.getYear() >= 1940 && to.getYear() <= 2100) {
                    out.add(new TimelineEntry(s.text(), s.category().orElseThrow(), from, to, qualifying));
                }
            }
        }
        out.sort(Comparator.comparing(TimelineEntry::from));
        return out;
    }

    /** The text from the start of the span's line to the end of the second line after it. */
    private static String window(String text, int start, int end) {
        int a = Math.max(0, Math.min(start, text.length()));
        int lineStart = text.lastIndexOf('\n', Math.max(0, a - 1)) + 1;
        int b = Math.max(a, Math.min(end, text.length()));
        for (int i = 0; i < 3 && b < text.length(); i++) {
            int nl = text.indexOf('\n', b + (i == 0 ? 0 : 1));
            b = nl < 0 ? text.length() : nl;
        }
        return text.substring(lineStart, b);
    }

    private static YearMonth date(Matcher m, int g, boolean end, YearMonth today) {
        try {
            if (m.group(g + 1) != null) {
                int month = MONTHS.indexOf(m.group(g).toLowerCase(Locale.ROOT).substring(0, 3)) + 1;
                return YearMonth.of(Integer.parseInt(m.group(g + 1)), month);
            }
            if (m.group(g + 2) != null) {
                return YearMonth.of(Integer.parseInt(m.group(g + 3)), Integer.parseInt(m.group(g + 2)));
            }
            if (m.group(g + 4) != null) {
                return YearMonth.of(Integer.parseInt(m.group(g + 4)), Integer.parseInt(m.group(g + 5)));
            }
            if (m.group(g + 6) != null) {
                return YearMonth.of(Integer.parseInt(m.group(g + 6)), end ? 12 : 1);
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }
}
