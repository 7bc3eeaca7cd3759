package org.secondlook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.store.AuditChain;
import org.secondlook.store.RawDatabase;

/**
 * {@code verify-audit} against a trail tampered with through plain JDBC on the encrypted file: every
 * edit, deletion, insertion and reordering is caught and named, with exit code 1.
 */
class VerifyAuditTamperTest {
    static final String ADA_PW = "violet tangerine harbor";
    @TempDir
    Path tmp;
    Path data;
    CliRunner cli;
    String[] ada;

    @BeforeEach
    void trailOfSixEvents() throws Exception {
        data = tmp.resolve("data");
        Path pw = tmp.resolve("ada.txt");
        Files.writeString(pw, ADA_PW + "\n");
        Path other = tmp.resolve("other.txt");
        Files.writeString(other, "quiet meadow lantern\n");
        cli = new CliRunner(data);
        assertThat(cli.run("init", "--admin", "ada", "--password-file", pw.toString()).code()).isZero();
        ada = new String[] {"--user", "ada", "--password-file", pw.toString()};
        for (String name : new String[] {"sam", "rita", "rob", "sue"}) {
            assertThat(run("users", "add", name, "--role", "reviewer", "--password-file", other.toString()).code()).isZero();
        }
        CliRunner.Result ok = run("verify-audit");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).isEqualTo("events = 6\nchain = ok\n");
    }

    private CliRunner.Result run(String... args) {
        String[] all = new String[ada.length + args.length];
        System.arraycopy(ada, 0, all, 0, ada.length);
        System.arraycopy(args, 0, all, ada.length, args.length);
        return cli.run(all);
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = RawDatabase.open(data, "ada", ADA_PW.toCharArray()); Statement s = c.createStatement()) {
            for (String q : statements) {
                s.executeUpdate(q);
            }
        }
    }

    private void assertBrokenAt(long seq) {
        CliRunner.Result r = run("verify-audit");
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(r.out()).contains("chain = broken").contains("first_broken_event = " + seq);
        assertThat(r.err()).contains("event " + seq);
    }

    @Test
    void anEditedEventIsCaught() throws Exception {
        sql("UPDATE audit_event SET details = 'account rita with roles admin' WHERE seq = 4");
        assertBrokenAt(4);
    }

    @Test
    void anEditWhoseHashWasRecomputedBreaksTheNextLink() throws Exception {
        try (Connection c = RawDatabase.open(data, "ada", ADA_PW.toCharArray())) {
            String details = "account rita with roles admin";
            String prev;
            long micros;
            String actor;
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT prev_hash, occurred_at, actor FROM audit_event WHERE seq = 4")) {
                r.next();
                prev = r.getString(1);
                java.time.Instant at = r.getObject(2, java.time.OffsetDateTime.class).toInstant();
                micros = at.getEpochSecond() * 1_000_000L + at.getNano() / 1000;
                actor = r.getString(3);
            }
            String canonical = 4 + "\u001f" + micros + "\u001f" + actor + "\u001fUSER_ADD\u001f\u001f" + details;
            try (PreparedStatement p = c.prepareStatement("UPDATE audit_event SET details = ?, hash = ? WHERE seq = 4")) {
                p.setString(1, details);
                p.setString(2, AuditChain.hash(prev, canonical));
                p.executeUpdate();
            }
        }
        assertBrokenAt(5);
    }

    @Test
    void aDeletedEventIsCaught() throws Exception {
        sql("DELETE FROM audit_event WHERE seq = 3");
        assertBrokenAt(4);
    }

    @Test
    void aDeletedLastEventIsCaughtByTheHead() throws Exception {
        sql("DELETE FROM audit_event WHERE seq = 6");
        assertBrokenAt(6);
    }

    @Test
    void anInsertedEventIsCaught() throws Exception {
        sql("UPDATE audit_event SET seq = seq + 1000 WHERE seq > 3",
                "INSERT INTO audit_event (seq, occurred_at, actor, event_type, subject, details, prev_hash, hash) "
                        + "SELECT 4, occurred_at, 'ada', 'USER_ADD', NULL, 'account mallory with roles admin', hash, hash "
                        + "FROM audit_event WHERE seq = 3",
                "UPDATE audit_event SET seq = seq - 999 WHERE seq > 1000");
        assertBrokenAt(4);
    }

    @Test
    void reorderedEventsAreCaught() throws Exception {
        sql("UPDATE audit_event SET seq = -1 WHERE seq = 3", "UPDATE audit_event SET seq = 3 WHERE seq = 4",
                "UPDATE audit_event SET seq = 4 WHERE seq = -1");
        assertBrokenAt(3);
    }

    @Test
    void anEventAppendedBehindTheChainsBackIsCaught() throws Exception {
        sql("INSERT INTO audit_event (seq, occurred_at, actor, event_type, subject, details, prev_hash, hash) "
                + "SELECT 7, occurred_at, 'ada', 'USER_ADD', NULL, 'account mallory', hash, hash FROM audit_event WHERE seq = 6");
        assertBrokenAt(7);
    }
}
