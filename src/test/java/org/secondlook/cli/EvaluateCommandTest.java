package org.secondlook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void printsRankingAndUnnecessaryDeferralForResumesAndForAnalyzeOutput() throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.write(in, List.of(
                "{\"id\": \"a\", \"text\": \"Loan Officer, First Bank, 2010 - 2020\"}",
                "{\"id\": \"b\", \"text\": \"Police Officer, Akron Police Department, 2001 - 2012\"}",
                "{\"id\": \"c\", \"text\": \"Correctional Officer, State Prison, 2001 - 2012\"}",
                "{\"id\": \"d\", \"text\": \"Cashier, 2001 - 2012\"}"), StandardCharsets.UTF_8);
        Path gold = dir.resolve("gold.csv");
        Files.write(gold, List.of("id,label", "a,NOT_LE", "b,LE", "c,UNCERTAIN", "d,NOT_LE"), StandardCharsets.UTF_8);

        assertThat(run("evaluate", "--gold", gold.toString(), "--input", in.toString())).isZero();
        String direct = out.toString();
        assertThat(direct).contains("le_recall = 1.000").contains("unnecessary_deferral = 0.000")
                .contains("ranked_resumes = 3").contains("rank_r_precision = 1.000").contains("deferral_rate = 0.250");

        Path analysed = dir.resolve("out.jsonl");
        assertThat(run("analyze", "--input", in.toString(), "--output", analysed.toString())).isZero();
        out.getBuffer().setLength(0);
        assertThat(run("evaluate", "--gold", gold.toString(), "--input", analysed.toString(), "--texts", in.toString())).isZero();
        assertThat(out.toString()).contains("ranked_resumes = 3").contains("rank_r_precision = 1.000");
    }
}
