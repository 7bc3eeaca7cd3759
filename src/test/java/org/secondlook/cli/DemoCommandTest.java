package org.secondlook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void writesTheBatchAndSaysWhatItWrote() throws Exception {
        Path output = dir.resolve("demo");
        Run r = run("demo", "--count", "12", "--output", output.toString(), "--seed", "4");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("applicants = 12").contains("Wrote 12 applicants to ");
        assertThat(Files.readAllLines(output.resolve("batch.csv"))).hasSizeGreaterThan(12);
    }

    @Test
    void refusesToOverwriteABatchAndBadCounts() throws Exception {
        Path output = dir.resolve("demo");
        assertThat(run("demo", "--count", "3", "--output", output.toString()).code()).isZero();
        Run again = run("demo", "--count", "3", "--output", output.toString());
        assertThat(again.code()).isEqualTo(ExitCode.USAGE);
        assertThat(again.err()).contains("already holds a batch.csv; choose an empty folder");
        Run zero = run("demo", "--count", "0", "--output", dir.resolve("x").toString());
        assertThat(zero.code()).isEqualTo(ExitCode.USAGE);
        assertThat(zero.err()).contains("--count must be between 1 and 1,000,000.");
    }

    @Test
    void helpListsTheDemoCommand() {
        assertThat(run("--help").out()).contains("demo").contains("Write a demo batch");
    }
}
