package org.secondlook.review;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.secondlook.analysis.Analyzer;
import org.secondlook.testing.GeneratedApplicants;
import org.secondlook.app.WorkstationFactory;
import org.secondlook.intake.ApplicantRecord;
import org.secondlook.intake.UnusableFileException;
import org.secondlook.review.imports.DatabaseBatchImport;
import org.secondlook.review.imports.ImportProgress;
import org.secondlook.review.imports.ImportReport;

/** Shared set-up for service tests: a real encrypted data directory and generated applicants. */
public final class Fixtures {
    public static final String ADMIN = "ada";
    public static final char[] PASSWORD = "correct horse battery staple".toCharArray();

    private Fixtures() {
    }

    public static LocalWorkstation workstation(Path dir) {
        return new WorkstationFactory(Analyzer.withDefaultPolicy(), Duration.ofMillis(100)).open(dir);
    }

    /** The workstation on {@code kind}: the encrypted file in {@code dir}, or a fresh database on the test cluster. */
    public static Workstation workstation(Path dir, org.secondlook.store.StoreKind kind) {
        if (kind == org.secondlook.store.StoreKind.H2) {
            return workstation(dir);
        }
        org.secondlook.store.PostgresServer.Db db = org.secondlook.store.PostgresServer.database();
        return new WorkstationFactory(Analyzer.withDefaultPolicy(), Duration.ofMillis(100))
                .open(new org.secondlook.store.DataDirectory(dir), db.address(), db.password());
    }

    public static Workstation initialized(Path dir, org.secondlook.store.StoreKind kind) {
        Workstation ws = workstation(dir, kind);
        ws.initialize(ADMIN, PASSWORD, "ERO Test Office");
        return ws;
    }

    public static LocalWorkstation initialized(Path dir) {
        LocalWorkstation ws = workstation(dir);
        ws.initialize(ADMIN, PASSWORD, "ERO Test Office");
        return ws;
    }

    public static List<ApplicantRecord> applicants(int count, long seed) {
        GeneratedApplicants gen = new GeneratedApplicants(seed);
        List<ApplicantRecord> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            out.add(gen.next(i));
        }
        return out;
    }

    public static ImportReport importRecords(ReviewSession session, List<ApplicantRecord> rows) throws UnusableFileException {
        return ((DatabaseBatchImport) session.imports()).importRows("batch.csv", (handler, progress) -> {
            for (ApplicantRecord r : rows) {
                handler.accepted(r);
            }
        }, ImportProgress.NONE);
    }
}
