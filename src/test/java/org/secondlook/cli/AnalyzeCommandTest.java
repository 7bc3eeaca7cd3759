package org.secondlook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void writesOneLineperInputLineInOrderWithErrorLinesForBadOnes() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String text = i % 3 == 0 ? "Police Officer, Springfield PD 2010-2015" : i % 3 == 1 ? "Loan Officer" : "Correctional Officer";
            lines.add("{\"id\": \"r" + i + "\", \"text\": \"" + text + "\", \"extra\": 1}");
        }
        lines.set(10, "{not json");
        lines.set(20, "{\"id\": \"no-text\"}");
        Path in = dir.resolve("in.jsonl");
        Path outFile = dir.resolve("out.jsonl");
        Files.write(in, lines, StandardCharsets.UTF_8);

        assertThat(run("analyze", "--input", in.toString(), "--output", outFile.toString())).isZero();

        List<String> got = Files.readAllLines(outFile);
        assertThat(got).hasSize(1000);
        ObjectMapper m = new ObjectMapper();
        for (int i = 0; i < 1000; i++) {
            JsonNode n = m.readTree(got.get(i));
            if (i == 10) {
                assertThat(n.get("error").asText()).contains("line 11").contains("not valid JSON");
                continue;
            }
            if (i == 20) {
                assertThat(n.get("id").asText()).isEqualTo("no-text");
                assertThat(n.get("error").asText()).contains("text");
                continue;
            }
            assertThat(n.get("id").asText()).isEqualTo("r" + i);
            String expected = i % 3 == 0 ? "LE" : i % 3 == 1 ? "NOT_LE" : "UNCERTAIN";
            assertThat(n.get("verdict").asText()).isEqualTo(expected);
            assertThat(n.has("leMonths")).isTrue();
            assertThat(n.get("risk").asDouble()).isBetween(0.0, 1.0);
            JsonNode f = n.get("findings").get(0);
            assertThat(f.fieldNames()).toIterable().containsExactly("start", "end", "category", "text", "explanation");
        }
        assertThat(m.readTree(got.get(0)).get("leMonths").asInt()).isEqualTo(60);
        assertThat(out.toString()).contains("errors = 2");
    }

    @Test
    void linesEndingInCrOrCrLfBadUtf8AndOddValuesAreEachAnswered() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.writeBytes("{\"id\": \"crlf\", \"text\": \"Deputy Sheriff, Lake County Sheriff's Office 2009-2016\"}\r\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"id\": 7, \"text\": \"Loan Officer at First Bank\"}\r".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"id\": \"bad-utf8\", \"text\": \"Loan Officer ".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xC3); // a lead byte without its continuation, inside the text
        bytes.writeBytes(" at First Bank\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("[1, 2]\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"id\": \"nested\", \"meta\": {\"text\": 1}, \"text\": \"Loan Officer\"}".getBytes(StandardCharsets.UTF_8));
        Path in = dir.resolve("odd.jsonl");
        Path outFile = dir.resolve("odd-out.jsonl");
        Files.write(in, bytes.toByteArray());

        assertThat(run("analyze", "--input", in.toString(), "--output", outFile.toString())).isZero();

        ObjectMapper m = new ObjectMapper();
        List<JsonNode> got = new ArrayList<>();
        for (String line : Files.readAllLines(outFile)) {
            got.add(m.readTree(line));
        }
        assertThat(got).hasSize(5);
        assertThat(got.get(0).get("id").asText()).isEqualTo("crlf");
        assertThat(got.get(0).get("verdict").asText()).isEqualTo("LE");
        assertThat(got.get(1).get("id").asText()).as("a number as id").isEqualTo("7");
        assertThat(got.get(1).get("verdict").asText()).isEqualTo("NOT_LE");
        assertThat(got.get(2).get("id").asText()).isEqualTo("bad-utf8");
        assertThat(got.get(2).get("verdict").asText()).as("bad bytes become U+FFFD, the rest is read").isEqualTo("NOT_LE");
        assertThat(got.get(2).get("findings").get(0).get("text").asText()).isEqualToIgnoringCase("Loan Officer");
        assertThat(got.get(3).get("error").asText()).contains("line 4").contains("not a JSON object");
        assertThat(got.get(4).get("id").asText()).isEqualTo("nested");
        assertThat(got.get(4).get("verdict").asText()).as("only the top-level text counts").isEqualTo("NOT_LE");
        assertThat(out.toString()).contains("lines = 5").contains("errors = 1");
    }

    @Test
    void unreadableInputIsAOneSentenceErrorAndExitTwo() {
        int code = run("analyze", "--input", dir.resolve("missing.jsonl").toString(), "--output", dir.resolve("o.jsonl").toString());
        assertThat(code).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("cannot be read").doesNotContain("Exception");
    }

    @Test
    void malformedPolicyIsRefusedWithItsLine() throws Exception {
        Path policy = dir.resolve("p.json");
        Files.writeString(policy, "{\n\"roleFamilies\": [\n");
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"id\":\"1\",\"text\":\"x\"}\n");
        int code = run("analyze", "--input", in.toString(), "--output", dir.resolve("o.jsonl").toString(), "--policy", policy.toString());
        assertThat(code).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("line");
    }

    @Test
    void evaluatePrintsMatrixRecallDeferralAndEveryFalseLe() throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.write(in, List.of(
                "{\"id\":\"a\",\"text\":\"Police Officer, Dallas PD 2010-2015\"}",
                "{\"id\":\"b\",\"text\":\"Detective 2001-2004\"}",
                "{\"id\":\"c\",\"text\":\"Correctional Officer 2001-2004\"}",
                "{\"id\":\"d\",\"text\":\"Loan Officer\"}"));
        Path gold = dir.resolve("gold.csv");
        Files.writeString(gold, "id,label\na,LE\nb,NOT_LE\nc,UNCERTAIN\nd,NOT_LE\n");
        assertThat(run("evaluate", "--gold", gold.toString(), "--input", in.toString())).isZero();
        assertThat(out.toString()).contains("le_recall = 1.000").contains("deferral_rate = 0.250").contains("false_le = 1")
                .contains("false LE: b (gold NOT_LE)").contains("\"Detective\" at 0-9");
    }
}
