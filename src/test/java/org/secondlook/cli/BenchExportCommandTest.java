package org.secondlook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class BenchExportCommandTest {
    @Test
    void printsTheFiguresOneALineWithTheBudgetBeside() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"bench", "export", "--count", "2000"}, new PrintWriter(out), new PrintWriter(err));

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString())
                .containsPattern("(?m)^export_rows = 6000 rows$")
                .containsPattern("(?m)^export_total = \\d+\\.\\d s \\(budget: <= 20 s")
                .containsPattern("(?m)^export_heap_peak = \\d+ MB \\(budget: <= 256 MB");
    }
}
