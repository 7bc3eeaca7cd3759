package org.secondlook.review;

import java.nio.file.Path;
import org.secondlook.testing.GeneratedApplicants;
import org.secondlook.review.imports.DatabaseBatchImport;
import org.secondlook.review.imports.ImportProgress;
import org.secondlook.review.imports.ImportReport;
import org.secondlook.review.imports.RowSource;

/** Child process of {@link CrashSafetyTest}: logs in and imports {@code count} generated applicants. */
public final class CrashImportChild {
    private CrashImportChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        LocalWorkstation ws = Fixtures.workstation(dir);
        try (ReviewSession s = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            System.out.println("importing");
            System.out.flush();
            ImportReport r = ((DatabaseBatchImport) s.imports()).importRows("big.csv", generated(count), ImportProgress.NONE);
            System.out.println(r.countsLine());
        }
    }

    static RowSource generated(int count) {
        return (handler, progress) -> {
            GeneratedApplicants gen = new GeneratedApplicants(99);
            for (int i = 1; i <= count; i++) {
                handler.accepted(gen.next(i));
            }
        };
    }
}
