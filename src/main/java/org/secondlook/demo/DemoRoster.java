package org.secondlook.demo;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.secondlook.domain.ClassifierLabel;

/**
 * Writes the demo's academy roster ({@code roster.csv}, docs/formats.md, the academy roster) beside its batch: a PASS row for about
 * half of the LEO-labelled applicants (a few named by full name and date of birth instead of their id),
 * some FAIL and WITHDRAWN rows, some still in class, and a few bad rows a new user can see reported.
 * Deterministic for a seed.
 */
final class DemoRoster implements Closeable {
    static final String NAME = "roster.csv";
    static final String[] HEADER = {"applicant_id", "full_name", "date_of_birth", "class_number", "start_date", "end_date",
            "result", "hours", "instructor"};
    private static final LocalDate FIRST_CLASS = LocalDate.of(2026, 1, 5);
    private static final String[] INSTRUCTORS = {"J. Ortiz", "M. Chen", "R. Adeyemi", "K. Novak"};

    private final CSVPrinter csv;
    private final long seed;
    private int rows;

    DemoRoster(Path outputDir, long seed) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(outputDir.resolve(NAME), StandardCharsets.UTF_8);
        this.csv = new CSVPrinter(w, CSVFormat.RFC4180);
        this.seed = seed;
        csv.printRecord((Object[]) HEADER);
    }

    /** A date of birth for the demo applicant at {@code index} (written in the batch, used by name-matched rows). */
    static LocalDate dateOfBirth(long seed, int index) {
        Random rnd = new Random(seed * 131 + index * 7919L);
        return LocalDate.of(1962 + rnd.nextInt(40), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
    }

    /** The roster's row (if any) for one demo applicant, and now and then a bad row after it. */
    void applicant(SyntheticApplicant a, int index) throws IOException {
        if (a.classifierLabel() != ClassifierLabel.LEO) {
            return;
        }
        Random rnd = new Random(seed * 97 + index * 104_729L);
        int pick = rnd.nextInt(100);
        int cls = 1 + index % 12;
        LocalDate start = FIRST_CLASS.plusWeeks(2L * (cls - 1));
        LocalDate end = start.plusWeeks(8);
        String classNumber = String.format(java.util.Locale.ROOT, "BA-2026-%02d", cls);
        String instructor = INSTRUCTORS[rnd.nextInt(INSTRUCTORS.length)];
        if (pick < 50) {
            boolean byName = rnd.nextInt(10) == 0;
            row(byName ? "" : a.applicantId(), byName ? a.fullName() : "", byName ? dateOfBirth(seed, index).toString() : "",
                    classNumber, start, end, "PASS", "320", instructor);
        } else if (pick < 60) {
            row(a.applicantId(), "", "", classNumber, start, end, "FAIL", String.valueOf(80 + rnd.nextInt(200)), instructor);
        } else if (pick < 65) {
            row(a.applicantId(), "", "", classNumber, start, end, "WITHDRAWN", String.valueOf(rnd.nextInt(80)), "");
        } else if (pick < 72) {
            row(a.applicantId(), "", "", classNumber, start, null, "", "", "");
        }
        if (rnd.nextInt(100) < 2 || index == 0) {
            badRow(a, rnd.nextInt(4), classNumber, start, end);
        }
    }

    private void badRow(SyntheticApplicant a, int kind, String classNumber, LocalDate start, LocalDate end)
            throws IOException {
        switch (kind) {
            case 0 -> row(a.applicantId(), "", "", "", start, end, "PASS", "", "");                  // no class
            case 1 -> csv.printRecord(a.applicantId(), "", "", classNumber, "31/02/2026", "", "", "", ""); // bad date
            case 2 -> row(a.applicantId(), "", "", classNumber, start, end, "PASSED", "", "");       // bad result
            default -> row("X-" + a.applicantId(), "", "", classNumber, start, end, "PASS", "", ""); // matches nobody
        }
        if (kind == 1) {
            rows++;
        }
    }

    private void row(String id, String name, String dob, String cls, LocalDate start, LocalDate end, String result,
                     String hours, String instructor) throws IOException {
        csv.printRecord(id, name, dob, cls, start, end == null ? "" : end, result, hours, instructor);
        rows++;
    }

    int rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
