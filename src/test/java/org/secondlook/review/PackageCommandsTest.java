package org.secondlook.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.analysis.Analyzer;
import org.secondlook.cli.Cli;
import org.secondlook.cli.CliContext;
import org.secondlook.app.WorkstationFactory;

/** An office and headquarters, each a real encrypted installation, exchanging keys and a package. */
class PackageCommandsTest {
    @TempDir
    Path tmp;
    Path office;
    Path hq;

    private record Run(int code, String out, String err) {
    }

    private Run cli(Path dataDir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        CliContext ctx = new CliContext(Map.of("SECONDLOOK_USER", Fixtures.ADMIN,
                "SECONDLOOK_PASSWORD", new String(Fixtures.PASSWORD)), tmp.resolve("home"),
                new WorkstationFactory(Analyzer.withDefaultPolicy(), Duration.ofMillis(100)));
        int code = Cli.run(all, new PrintWriter(out, true), new PrintWriter(err, true), ctx);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void twoInstallations() throws Exception {
        office = tmp.resolve("denver");
        hq = tmp.resolve("hq");
        LocalWorkstation ws = Fixtures.workstation(office);
        ws.initialize(Fixtures.ADMIN, Fixtures.PASSWORD, "ERO Denver");
        try (ReviewSession s = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            Fixtures.importRecords(s, Fixtures.applicants(20, 3));
        }
        Fixtures.workstation(hq).initialize(Fixtures.ADMIN, Fixtures.PASSWORD, "Headquarters");
    }

    @Test
    void anOfficePackageVerifiesAtHeadquartersAndATamperedOneIsRefused() throws Exception {
        Path pkg = tmp.resolve("denver-2026-11.slpkg");
        Run noHq = cli(office, "export-package", "--output", pkg.toString());
        assertThat(noHq.code()).isEqualTo(2);
        assertThat(noHq.err()).contains("offices hq --public-key FILE");

        Path officePub = tmp.resolve("denver.pub.json");
        Path hqPub = tmp.resolve("hq.pub.json");
        Run k1 = cli(office, "keys", "export-public", "--output", officePub.toString());
        assertThat(k1.code()).as(k1.err()).isZero();
        assertThat(cli(hq, "keys", "export-public", "--output", hqPub.toString()).code()).isZero();
        Run reg = cli(office, "offices", "hq", "--public-key", hqPub.toString());
        assertThat(reg.code()).as(reg.err()).isZero();

        Run exported = cli(office, "export-package", "--output", pkg.toString());
        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("cases = 20");

        Run unknown = cli(hq, "verify-package", pkg.toString());
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("Unknown signer: office 'ERO Denver' is not trusted here");

        Run wrongName = cli(hq, "offices", "trust", "ERO Newark", "--public-key", officePub.toString());
        assertThat(wrongName.code()).isEqualTo(2);
        Run trust = cli(hq, "offices", "trust", "ERO Denver", "--public-key", officePub.toString());
        assertThat(trust.code()).as(trust.err()).isZero();

        Run ok = cli(hq, "verify-package", pkg.toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("valid = yes", "office = ERO Denver", "cases = 20");

        Run merged = cli(hq, "merge-package", pkg.toString());
        assertThat(merged.code()).as(merged.err()).isZero();
        assertThat(merged.out()).contains("cases_added = 20", "conflicts = 0");
        Run again = cli(hq, "merge-package", pkg.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("cases_added = 0", "nothing changed");
        assertThat(cli(hq, "status").out()).contains("cases = 20");

        byte[] bytes = Files.readAllBytes(pkg);
        bytes[200] ^= 0x01;
        Path tampered = Files.write(tmp.resolve("tampered.slpkg"), bytes);
        Run bad = cli(hq, "verify-package", tampered.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.out()).contains("valid = no");
        assertThat(bad.err().strip()).matches("(Part \\S+ was changed after the package was signed.*|.*damaged.*)")
                .doesNotContain("\tat ");
        Run badMerge = cli(hq, "merge-package", tampered.toString());
        assertThat(badMerge.code()).isEqualTo(1);
        assertThat(badMerge.err()).isEqualTo(bad.err());
    }

    @Test
    void aLaptopRestoredToAnOlderStateAndReSignedIsCaughtAtHeadquarters() throws Exception {
        Path officePub = tmp.resolve("denver.pub.json");
        Path hqPub = tmp.resolve("hq.pub.json");
        assertThat(cli(office, "keys", "export-public", "--output", officePub.toString()).code()).isZero();
        assertThat(cli(hq, "keys", "export-public", "--output", hqPub.toString()).code()).isZero();
        assertThat(cli(office, "offices", "hq", "--public-key", hqPub.toString()).code()).isZero();
        assertThat(cli(hq, "offices", "trust", "ERO Denver", "--public-key", officePub.toString()).code()).isZero();

        Path backup = tmp.resolve("denver.slbak");
        assertThat(cli(office, "backup", "--output", backup.toString()).code()).isZero();
        Path p1 = tmp.resolve("p1.slpkg");
        assertThat(cli(office, "export-package", "--output", p1.toString()).code()).isZero();
        Run merged = cli(hq, "merge-package", p1.toString());
        assertThat(merged.code()).as(merged.err()).isZero();

        // The office's later package extends what headquarters merged.
        Path p2 = tmp.resolve("p2.slpkg");
        assertThat(cli(office, "export-package", "--output", p2.toString()).code()).isZero();
        assertThat(cli(hq, "verify-package", p2.toString()).code()).isZero();

        // The laptop goes back to the backup (before the events headquarters has seen) and makes new history.
        Path rewritten = tmp.resolve("denver-restored");
        assertThat(cli(rewritten, "restore", backup.toString()).code()).isZero();
        assertThat(cli(rewritten, "export", "--output", tmp.resolve("x.xlsx").toString()).code()).isZero();
        Path p3 = tmp.resolve("p3.slpkg");
        Run signed = cli(rewritten, "export-package", "--output", p3.toString());
        assertThat(signed.code()).as(signed.err()).isZero();

        Run refused = cli(hq, "verify-package", p3.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err().strip()).startsWith("The audit chain does not extend the one last merged from ERO Denver")
                .endsWith("that office's history was rewritten.");
        Run notMerged = cli(hq, "merge-package", p3.toString());
        assertThat(notMerged.code()).isEqualTo(1);
        assertThat(notMerged.err()).isEqualTo(refused.err());
    }
}
