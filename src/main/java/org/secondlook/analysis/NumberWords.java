package org.secondlook.analysis;

import java.util.List;

/**
 * Counts spelled out in words, "one" to "nineteen" and the tens "twenty" to "ninety", and the compounds a
 * tens word and a unit make ("twenty-four", "thirty one"), so "twenty-four years" is 24 years, not four.
 */
final class NumberWords {
    private static final List<String> UNITS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen");
    private static final List<String> TENS = List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

    private NumberWords() {
    }

    /** The value of one number word (1 to 19, or 20, 30 ... 90), or -1. */
    static int value(String w) {
        int unit = UNITS.indexOf(w);
        if (unit >= 0) {
            return unit + 1;
        }
        int tens = TENS.indexOf(w);
        return tens >= 0 ? (tens + 2) * 10 : -1;
    }

    /**
     * The count read so far once {@code word} (a number word of value {@code value}) follows {@code previousWord}
     * (whose count was {@code previousCount}): a unit after a tens word adds to it ("twenty" "four": 24).
     */
    static int after(String previousWord, int previousCount, String word, int value) {
        int tens = previousWord == null ? -1 : TENS.indexOf(previousWord);
        return tens >= 0 && previousCount == (tens + 2) * 10 && value >= 1 && value <= 9 ? previousCount + value : value;
    }
}
