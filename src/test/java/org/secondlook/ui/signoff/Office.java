package org.secondlook.ui.signoff;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.secondlook.analysis.Analyzer;
import org.secondlook.cli.WorkstationFactory;
import org.secondlook.domain.Role;
import org.secondlook.review.imports.ImportProgress;
import org.secondlook.review.LocalWorkstation;
import org.secondlook.review.ReviewSession;

/**
 * A real encrypted data directory for the screens' tests: administrator ada, supervisors sam and
 * sue, reviewer rita, and {@code cases} imported applicants S-1, S-2, …
 */
public final class Office {
    public static final char[] ADA = "violet tangerine harbor".toCharArray();
    public static final char[] SAM = "granite orchard whistle".toCharArray();
    public static final char[] SUE = "copper lantern meadow".toCharArray();
    public static final char[] RITA = "silver canyon notebook".toCharArray();
    public final LocalWorkstation ws;

    public Office(Path dir, int cases) throws Exception {
        this(dir, cases, "ERO Test");
    }

    /** An installation named {@code officeName} (its packages are signed with that name); no import when {@code cases} is 0. */
    public Office(Path dir, int cases, String officeName) throws Exception {
        ws = new WorkstationFactory(Analyzer.withDefaultPolicy(), Duration.ofMillis(50)).open(dir.resolve("data"));
        ws.initialize("ada", ADA, officeName);
        Path batch = dir.resolve("batch.csv");
        try (Writer w = Files.newBufferedWriter(batch, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
            csv.printRecord("applicant_id", "full_name", "field_office", "resume_text", "classifier_label",
                    "classifier_evidence");
            for (int i = 1; i <= cases; i++) {
                csv.printRecord("S-" + i, "Person Number" + i, "ERO Newark",
                        "Loan Officer, First Bank, 2015-2020. Police Officer, Newark PD, 2008-2014.", "LEO", "officer");
            }
        }
        try (ReviewSession ada = ws.login("ada", ADA)) {
            ada.accounts().add("sam", EnumSet.of(Role.SUPERVISOR), SAM);
            ada.accounts().add("sue", EnumSet.of(Role.SUPERVISOR, Role.REVIEWER), SUE);
            ada.accounts().add("rita", EnumSet.of(Role.REVIEWER), RITA);
            if (cases > 0) {
                ada.imports().importBatch(batch, ImportProgress.NONE);
            }
        }
    }

    public ReviewSession login(String user, char[] pw) throws Exception {
        return ws.login(user, pw);
    }
}
