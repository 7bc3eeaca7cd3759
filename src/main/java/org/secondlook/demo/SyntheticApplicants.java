package org.secondlook.demo;

import static org.secondlook.demo.WordLists.pick;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.secondlook.domain.ClassifierLabel;
import org.secondlook.domain.EvidenceSpan;

/**
 * Invented applicants with realistic 2–4 KB résumés and the keyword tool's label and evidence, fast
 * enough to write 100,000 for a benchmark. Applicant {@code i} depends only on the seed and {@code i},
 * so any slice can be made on its own and the same seed always gives the same people.
 */
public final class SyntheticApplicants {
    public static final String MODEL = "KeywordScreen 2.3.1";
    /** The batch columns, in the order {@link #writeCsv} writes them. */
    public static final List<String> CSV_HEADER = List.of("applicant_id", "full_name", "email", "phone", "field_office", "status",
            "hire_date", "resume_text", "resume_file", "classifier_label", "classifier_score", "classifier_evidence", "classifier_model");

    private static final YearMonth NOW = YearMonth.of(2026, 6);
    private static final String[] STATUSES = {"SELECTED", "SELECTED", "SELECTED", "SELECTED", "IN_TRAINING", "IN_TRAINING",
        "DEPLOYED", "APPLICANT"};

    private static final Pattern NOT_LOCAL = Pattern.compile("[^a-z.]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private static final int CHUNK = 2048;

    private final long seed;
    private final WordLists words;
    private final ResumeGenerator resumes;

    public SyntheticApplicants(long seed) {
        this(seed, WordLists.fromClasspath());
    }

    public SyntheticApplicants(long seed, WordLists words) {
        this.seed = seed;
        this.words = words;
        this.resumes = new ResumeGenerator(words);
    }

    /** The {@code index}-th applicant (0-based) of this seed. */
    public SyntheticApplicant applicant(int index) {
        Random rnd = new Random(seed * 0x9E3779B97F4A7C15L + index);
        Archetype type = Archetype.pick(rnd);
        Person person = person(rnd, index);
        String text = resumes.resume(type, person, rnd, NOW);
        List<EvidenceSpan> evidence = KeywordRule.evidence(text);
        ClassifierLabel label = KeywordRule.label(evidence);
        double score = label == ClassifierLabel.LEO
                ? Math.min(0.99, 0.78 + 0.04 * evidence.size() + rnd.nextDouble() * 0.08)
                : 0.03 + rnd.nextDouble() * 0.3;
        score = Math.round(score * 100) / 100.0;
        LocalDate hireDate = LocalDate.of(2025, 1, 6).plusDays(rnd.nextInt(500));
        return new SyntheticApplicant(applicantId(index), person.fullName(), person.email(), person.phone(),
                pick(rnd, words.fieldOffices), pick(rnd, STATUSES), hireDate, text, label, score, evidence, MODEL, type);
    }

    /** Ids look like a hiring system's: {@code SL<seed mod 100>-<index+1, six digits>}. */
    public String applicantId(int index) {
        return String.format(Locale.ROOT, "SL%02d-%06d", Math.floorMod(seed, 100), index + 1);
    }

    private Person person(Random rnd, int index) {
        String first = pick(rnd, words.firstNames);
        String last = pick(rnd, words.lastNames);
        String local = NOT_LOCAL.matcher(ascii(first + "." + last).toLowerCase(Locale.ROOT)).replaceAll("") + (index % 97);
        String email = local + "@" + pick(rnd, "example.com", "example.org", "example.net");
        int line = rnd.nextInt(100);
        String phone = "(" + (201 + rnd.nextInt(700)) + ") 555-01" + (line < 10 ? "0" : "") + line;
        return new Person(first, last, email, phone, pick(rnd, words.places));
    }

    private static String ascii(String s) {
        return Normalizer.isNormalized(s, Normalizer.Form.NFD) ? s : MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }

    /**
     * Writes {@code count} applicants as one CSV batch with inline résumé text and the tool's evidence
     * as JSON spans (FORMATS.md §1). Applicants are made in parallel chunks and written in order.
     */
    public void writeCsv(Path file, int count) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
            csv.printRecord(CSV_HEADER);
            for (int from = 0; from < count; from += CHUNK) {
                List<SyntheticApplicant> chunk = IntStream.range(from, Math.min(count, from + CHUNK)).parallel()
                        .mapToObj(this::applicant).toList();
                for (SyntheticApplicant a : chunk) {
                    csv.printRecord(a.applicantId(), a.fullName(), a.email(), a.phone(), a.fieldOffice(), a.status(), a.hireDate(),
                        a.resumeText(), "", a.classifierLabel(), a.classifierScore(), spansJson(a.evidence()), a.classifierModel());
                }
            }
        }
    }

    /** Evidence as the batch's JSON form: {@code [{"start":1,"end":8,"term":"Officer"}]}; empty for none. */
    public static String spansJson(List<EvidenceSpan> spans) {
        if (spans.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("[");
        for (EvidenceSpan s : spans) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append("{\"start\":").append(s.getStart()).append(",\"end\":").append(s.getEnd()).append(",\"term\":\"")
                    .append(s.getTerm().replace("\\", "\\\\").replace("\"", "\\\"")).append("\"}");
        }
        return sb.append(']').toString();
    }
}
