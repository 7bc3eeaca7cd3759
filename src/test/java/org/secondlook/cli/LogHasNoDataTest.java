package org.secondlook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.app.Main;
import org.secondlook.demo.SyntheticApplicant;
import org.secondlook.demo.SyntheticApplicants;
import org.secondlook.testing.ChildJvm;

/**
 * The real command line, with the shipped logging configuration, imports a generated batch (with a
 * bad row and a wrong password attempt): no file under the data directory — database, key slots,
 * logs — holds an applicant's name, e-mail or résumé text in plain text.
 */
class LogHasNoDataTest {
    @TempDir
    Path tmp;

    @Test
    void noFileUnderTheDataDirectoryIncludingTheLogHoldsPersonalData() throws Exception {
        Path data = tmp.resolve("data");
        Path pw = tmp.resolve("pw.txt");
        Files.writeString(pw, "violet tangerine harbor\n");
        Path batch = tmp.resolve("batch.csv");
        SyntheticApplicants gen = new SyntheticApplicants(5);
        gen.writeCsv(batch, 300);
        Files.writeString(batch, "SL05-999999,Broken Row Person,,,,,,no label here,,,,,\n",
                java.nio.file.StandardOpenOption.APPEND);

        run(data, "init", "--admin", "ada", "--password-file", pw.toString());
        run(data, "--user", "ada", "--password-file", pw.toString(), "import", batch.toString());
        Path wrong = tmp.resolve("wrong.txt");
        Files.writeString(wrong, "not the password at all\n");
        assertThat(exitCode(data, "--user", "ada", "--password-file", wrong.toString(), "status")).isEqualTo(3);

        assertThat(data.resolve("logs").resolve("secondlook.log")).exists();
        SyntheticApplicant a = gen.applicant(41);
        String phrase = a.resumeText().substring(a.resumeText().length() / 2, a.resumeText().length() / 2 + 40);
        List<String> needles = List.of(a.fullName(), a.email(), phrase, "Broken Row Person");
        try (Stream<Path> files = Files.walk(data)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String raw = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                for (String n : needles) {
                    assertThat(raw).as("%s must not hold %s", data.relativize(f), n)
                            .doesNotContain(new String(n.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
                }
            }
        }
    }

    private void run(Path data, String... args) throws Exception {
        assertThat(exitCode(data, args)).isZero();
    }

    private int exitCode(Path data, String... args) throws Exception {
        String[] all = Stream.concat(Stream.of("--data-dir", data.toString()), Stream.of(args)).toArray(String[]::new);
        Path out = tmp.resolve("out-" + System.nanoTime() + ".txt");
        // the shipped configuration (log file under <data dir>/logs), not the test one
        Process p = ChildJvm.start(List.of(ChildJvm.SHIPPED_LOGGING), data.resolve("logs"), out,
                Main.class, all);
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        return p.exitValue();
    }
}
