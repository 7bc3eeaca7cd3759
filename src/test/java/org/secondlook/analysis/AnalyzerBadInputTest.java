package org.secondlook.analysis;
import org.secondlook.domain.Verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class AnalyzerBadInputTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy();

    @Test
    void emptyAndBlankTextAreNotLe() {
        assertThat(analyzer.analyze("").verdict()).isEqualTo(Verdict.NOT_LE);
        assertThat(analyzer.analyze("   \n\n\t").findings()).isEmpty();
        assertThat(analyzer.analyze(null).verdict()).isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void binaryJunkControlCharsRtlAndEmojiGiveNoException() {
        Random rnd = new Random(7);
        StringBuilder junk = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            junk.append((char) rnd.nextInt(0x10000));
        }
        assertThat(analyzer.analyze(junk.toString())).isNotNull();
        String mixed = "\u0000\u0001\u0007ضابط شرطة \u202Epolice officer\u202C 👮‍♀️👮🏽 \uD800 \uDFFF officer\u0085Police Officer";
        AnalysisResult r = analyzer.analyze(mixed);
        for (AnalysisFinding f : r.findings()) {
            assertThat(mixed.substring(f.start(), f.end())).isEqualTo(f.text());
        }
        assertThat(r.verdict()).isEqualTo(Verdict.LE);
    }

    @Test
    void fiveMegabyteSingleLineIsReadInLinearTime() {
        StringBuilder sb = new StringBuilder(5_300_000);
        String chunk = "worked with the officer and the loan officer on a police officer 2010 - 2012 matter, ";
        while (sb.length() < 5_000_000) {
            sb.append(chunk);
        }
        String big = sb.toString();
        AnalysisResult r = analyzer.analyze(big);
        assertThat(r.findings()).hasSizeGreaterThan(1000);
        // linear time: doubling the text must not much more than double the work (generous, not a speed test)
        long t1 = time(big.substring(0, 1_000_000));
        long t4 = time(big.substring(0, 4_000_000));
        assertThat(t4).isLessThan(t1 * 12 + 200_000_000L);
    }

    private long time(String s) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            analyzer.analyze(s);
            best = Math.min(best, System.nanoTime() - t0);
        }
        return best;
    }
}
