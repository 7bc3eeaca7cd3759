package org.secondlook.review;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.secondlook.analysis.Analyzer;
import org.secondlook.testing.GeneratedApplicants;
import org.secondlook.cli.WorkstationFactory;
import org.secondlook.intake.ApplicantRecord;
import org.secondlook.intake.UnusableFileException;

/** Shared set-up for service tests: a real encrypted data directory and generated applicants. */
final class Fixtures {
    static final String ADMIN = "ada";
    static final char[] PASSWORD = "correct horse battery staple".toCharArray();

    private Fixtures() {
    }

    static LocalWorkstation workstation(Path dir) {
        return new WorkstationFactory(Analyzer.withDefaultPolicy(), Duration.ofMillis(100)).open(dir);
    }

    static LocalWorkstation initialized(Path dir) {
        LocalWorkstation ws = workstation(dir);
        ws.initialize(ADMIN, PASSWORD, "ERO Test Office");
        return ws;
    }

    static List<ApplicantRecord> applicants(int count, long seed) {
        GeneratedApplicants gen = new GeneratedApplicants(seed);
        List<ApplicantRecord> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            out.add(gen.next(i));
        }
        return out;
    }

    static ImportReport importRecords(ReviewSession session, List<ApplicantRecord> rows) throws UnusableFileException {
        return ((StoreBatchImport) session.imports()).importRows("batch.csv", (handler, progress) -> {
            for (ApplicantRecord r : rows) {
                handler.accepted(r);
            }
        }, ImportProgress.NONE);
    }
}
