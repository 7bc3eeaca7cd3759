package org.secondlook.app;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.secondlook.cli.SyntheticApplicants;
import org.secondlook.intake.ApplicantRecord;
import org.secondlook.ui.setup.DemoBatchSource;

/**
 * The first-run dialog's demo batch: a CSV of fictitious applicants in a temporary folder (never in
 * the data directory, which holds no plain personal data). Stand-in until the {@code demo}
 * command's generator ({@code intake.demo}) exists; then this should call that generator instead.
 */
final class DemoBatchFiles implements DemoBatchSource {
    static final int COUNT = 300;
    private static final String[] HEADER = {"applicant_id", "full_name", "email", "phone", "field_office", "status",
        "hire_date", "resume_text", "classifier_label", "classifier_score", "classifier_evidence", "classifier_model"};

    @Override
    public Path writeDemoBatch() throws IOException {
        Path dir = Files.createTempDirectory("secondlook-demo");
        Path file = dir.resolve("demo-batch.csv");
        dir.toFile().deleteOnExit();
        file.toFile().deleteOnExit();
        SyntheticApplicants generator = new SyntheticApplicants(20_26);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (int n = 1; n <= COUNT; n++) {
                ApplicantRecord r = generator.next(n);
                csv.printRecord(r.applicantId(), r.fullName(), r.email(), r.phone(), r.fieldOffice(), r.status(),
                        r.hireDate(), r.resumeText(), r.classifierLabel().name(), r.classifierScore(),
                        r.evidence().isEmpty() ? "" : "officer", r.classifierModel());
            }
        }
        return file;
    }
}
