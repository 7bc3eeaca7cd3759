package org.secondlook.analysis;

import java.util.Set;

/**
 * The dates a one-line entry may open with before its title ("- 2016-2022 Tpr., OK Hwy Patrol",
 * "✅ 2014 to 2019 Sergeant, ..."): a run of years and the words of a date range at the start of a
 * line, or a length of service ("- 9 yrs Tpr. w/ Elm State Hwy Patrol"). Such a title still opens its
 * line. Reads only the tokens before the title on its line.
 */
final class LeadingDates {
    /** Words a date range is written with besides years and months. */
    private static final Set<String> RANGE_WORDS = Set.of("to", "now", "present", "current", "today", "through", "thru", "till",
            "until", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january",
            "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
            "yrs", "yr", "years", "year", "mos", "months");

    private LeadingDates() {
    }

    /** True when every token on its line before {@code first} is a number or a date-range word, and one is a number. */
    static boolean only(NormalizedText text, Tokens t, int first) {
        int ln = t.line[first];
        boolean number = false;
        for (int i = first - 1; i >= 0 && t.line[i] == ln; i--) {
            String w = t.text(text, i);
            if (w.length() <= 4 && w.chars().allMatch(Character::isDigit)) {
                number = true; // a year, or the count of a length of service ("9 yrs Tpr. w/ ...")
            } else if (!RANGE_WORDS.contains(w)) {
                return false;
            }
        }
        return number;
    }
}
