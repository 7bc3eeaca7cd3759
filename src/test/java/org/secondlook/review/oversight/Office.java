package org.secondlook.review.oversight;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.secondlook.analysis.Analyzer;
import org.secondlook.domain.Role;
import org.secondlook.intake.BatchReader;
import org.secondlook.review.AuthenticationException;
import org.secondlook.review.LocalWorkstation;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.accounts.PasswordPolicy;
import org.secondlook.review.imports.ImportProgress;
import org.secondlook.store.DataDirectory;

/**
 * A real encrypted data directory on a clock the test moves by hand: the administrator ada,
 * supervisors sam and sue (sue also reviews), reviewers rita and rob. Batches are imported from CSV
 * files the test writes, through the same import service as the command line.
 */
public final class Office {
    public static final String[] PEOPLE = {"ada", "sam", "sue", "rita", "rob"};
    private static final char[] PASSWORD = "a long office test phrase".toCharArray();

    /** A clock that stands still until the test moves it. */
    public static final class HandClock extends Clock {
        private Instant now;

        public HandClock(Instant start) {
            this.now = start;
        }

        public void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** One row of a batch: id, name, office, résumé text, the tool's label and its evidence terms (";"-separated). */
    public record Row(String id, String office, String text, String label, String evidence) {
    }

    public final HandClock clock;
    public final org.secondlook.review.Workstation ws;
    private final Path dir;
    private int batches;

    public Office(Path dir, Instant start) throws Exception {
        this(dir, start, org.secondlook.store.StoreKind.H2);
    }

    /** The office on {@code kind}: the encrypted file under {@code dir}, or a fresh database on the test cluster. */
    public Office(Path dir, Instant start, org.secondlook.store.StoreKind kind) throws Exception {
        this.dir = dir;
        this.clock = new HandClock(start);
        DataDirectory data = new DataDirectory(dir.resolve("data"));
        if (kind == org.secondlook.store.StoreKind.H2) {
            this.ws = new LocalWorkstation(data, Analyzer.withDefaultPolicy(),
                    new BatchReader(), clock, Duration.ofMillis(50), new SecureRandom(), PasswordPolicy.standard());
        } else {
            org.secondlook.store.PostgresServer.Db db = org.secondlook.store.PostgresServer.database();
            Analyzer analyzer = Analyzer.withDefaultPolicy();
            BatchReader reader = new BatchReader();
            this.ws = new org.secondlook.review.ServerWorkstation(data, db.address(), db.password(),
                    new org.secondlook.review.ServerWorkstation.Parts(() -> analyzer, () -> reader, clock,
                            org.secondlook.review.accounts.LoginDelay.growing(Duration.ofMillis(50)), new SecureRandom(),
                            PasswordPolicy.standard(), org.secondlook.review.decisions.ReasonCodeList.standard(),
                            org.secondlook.review.FileFormats.NONE));
        }
        ws.initialize("ada", PASSWORD.clone(), "ERO Test Office");
        try (ReviewSession ada = login("ada")) {
            ada.accounts().add("sam", EnumSet.of(Role.SUPERVISOR), PASSWORD.clone());
            ada.accounts().add("sue", EnumSet.of(Role.SUPERVISOR, Role.REVIEWER), PASSWORD.clone());
            ada.accounts().add("rita", EnumSet.of(Role.REVIEWER), PASSWORD.clone());
            ada.accounts().add("rob", EnumSet.of(Role.REVIEWER), PASSWORD.clone());
        }
    }

    public ReviewSession login(String name) throws AuthenticationException {
        return ws.login(name, PASSWORD.clone());
    }

    /** Imports the rows as one CSV batch, as ada, at the clock's time. */
    public void importRows(List<Row> rows) throws Exception {
        Path csv = dir.resolve("batch" + (++batches) + ".csv");
        try (CSVPrinter p = new CSVPrinter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            p.printRecord("applicant_id", "full_name", "field_office", "resume_text", "classifier_label", "classifier_evidence");
            for (Row r : rows) {
                p.printRecord(r.id(), "Applicant " + r.id(), r.office(), r.text(), r.label(), r.evidence());
            }
        } catch (IOException e) {
            throw e;
        }
        try (ReviewSession ada = login("ada")) {
            ada.imports().importBatch(csv, ImportProgress.NONE);
        }
    }
}
