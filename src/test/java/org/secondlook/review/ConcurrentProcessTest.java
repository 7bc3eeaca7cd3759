package org.secondlook.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.app.Main;
import org.secondlook.testing.ChildJvm;

/** The command line works on the data directory while another process (the open window) holds it. */
class ConcurrentProcessTest {
    @TempDir
    Path dir;

    @Test
    void statusInASecondProcessWorksWhileASessionIsOpenHere() throws Exception {
        LocalWorkstation ws = Fixtures.initialized(dir);
        Path pw = dir.resolve("pw.txt");
        Files.writeString(pw, new String(Fixtures.PASSWORD) + "\n");
        try (ReviewSession open = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            Fixtures.importRecords(open, Fixtures.applicants(12, 21));
            Path out = dir.resolve("status.out");
            Process child = ChildJvm.start(dir.resolve("child-logs"), out, Main.class,
                    "--data-dir", dir.toString(), "--user", Fixtures.ADMIN, "--password-file", pw.toString(), "status");
            assertThat(child.waitFor(3, TimeUnit.MINUTES)).isTrue();
            String printed = Files.readString(out);
            assertThat(child.exitValue()).as(printed).isZero();
            assertThat(printed).startsWith("cases = 12").contains("account.ada = admin");
            // and this process still works on its open session afterwards
            assertThat(open.cases().stats().total()).isEqualTo(12);
        }
    }
}
