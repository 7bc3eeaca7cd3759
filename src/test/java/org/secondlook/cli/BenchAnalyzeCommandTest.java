package org.secondlook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchAnalyzeCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsSpeedsAndRatioWithTheirBudgets() throws Exception {
        Path csv = dir.resolve("corpus.csv");
        StringBuilder sb = new StringBuilder("ID,Resume_text\n");
        for (int i = 0; i < 50; i++) {
            sb.append(i).append(",\"Loan Officer at a bank, 2010-2015.\nPolice Officer, Springfield PD, Jan 2016 - Present\"\n");
        }
        Files.writeString(csv, sb);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"bench", "analyze", "--corpus", csv.toString(), "--rounds", "1"},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).isZero();
        assertThat(out.toString())
                .containsPattern("analyze_mb_per_s = [0-9.]+ MB/s \\(budget: >= 25 MB/s per core\\)")
                .containsPattern("plain_scan_mb_per_s = [0-9.]+ MB/s")
                .containsPattern("analyze_vs_scan_ratio = [0-9.]+ x \\(budget: <= 5 x\\)");
    }

    @Test
    void aMissingCorpusIsOneSentence() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"bench", "analyze", "--corpus", dir.resolve("none.csv").toString()},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("cannot be read").doesNotContain("Exception");
    }
}
