package org.secondlook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.secondlook.app.WorkstationFactory;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code bench cli} builds its database, runs 'status' as a real child JVM and prints the figures. */
class BenchCliCommandTest {
    @Test
    void runsStatusAsANewJvmAndPrintsTheMedianWithTheBudgetBeside() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext services = new CliContext(System.getenv(), Path.of(System.getProperty("user.home")),
                new WorkstationFactory());
        int code = Cli.run(new String[] {"bench", "cli", "--count", "5", "--runs", "1"}, new PrintWriter(out),
                new PrintWriter(err), services);

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString())
                .containsPattern("(?m)^cli_cases = 5 cases$")
                .containsPattern("(?m)^cli_status_s = \\d+\\.\\d\\d s \\(median of 1 runs of 'status' as a new JVM;"
                        + " budget: <= 2 s wall, JVM start included\\)$")
                .containsPattern("(?m)^cli_status_runs = \\d+\\.\\d\\d s ");
        Matcher m = Pattern.compile("cli_status_s = (\\d+\\.\\d\\d)").matcher(out.toString());
        assertThat(m.find()).isTrue();
        assertThat(Double.parseDouble(m.group(1))).as("a JVM that starts, logs in and answers takes time").isPositive();
        assertThat(err.toString()).contains("Built a database of 5 cases");
    }
}
