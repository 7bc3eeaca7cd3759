package org.secondlook.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.secondlook.domain.ClassifierLabel;

/**
 * Writes a demo batch: {@code batch.csv} with exactly N valid applicants, and under {@code resumes/}
 * the {@code .txt} (in the encodings offices send), {@code .pdf} and {@code .docx} résumés it names.
 * The rest carry their résumé inline. Deterministic for a seed: the same seed gives the same CSV and
 * the same résumé texts.
 */
public final class DemoBatch {
    public static final String CSV_NAME = "batch.csv";
    public static final String RESUME_FOLDER = "resumes";

    /** What was written. */
    public record Summary(Path csv, int applicants, int inline, int txt, int pdf, int docx, int labelledLeo, int labelledNonLeo,
                          Path roster, int rosterRows) {
    }

    private final WordLists words;
    private final PdfResumeWriter pdfWriter = new PdfResumeWriter();
    private final DocxResumeWriter docxWriter = new DocxResumeWriter();

    public DemoBatch() {
        this(WordLists.fromClasspath());
    }

    public DemoBatch(WordLists words) {
        this.words = words;
    }

    public Summary write(Path outputDir, int count, long seed) throws IOException {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        Files.createDirectories(outputDir.resolve(RESUME_FOLDER));
        SyntheticApplicants people = new SyntheticApplicants(seed, words);
        Path csvFile = outputDir.resolve(CSV_NAME);
        int inline = 0;
        int txt = 0;
        int pdf = 0;
        int docx = 0;
        int leo = 0;
        DemoRoster roster = new DemoRoster(outputDir, seed);
        try (roster; BufferedWriter w = Files.newBufferedWriter(csvFile, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
            List<String> header = new java.util.ArrayList<>(SyntheticApplicants.CSV_HEADER);
            header.add("date_of_birth");
            csv.printRecord(header);
            for (int i = 0; i < count; i++) {
                SyntheticApplicant a = people.applicant(i);
                Random rnd = new Random(seed * 31 + i * 0x5DEECE66DL);
                int form = rnd.nextInt(100);
                boolean isLeo = a.classifierLabel() == ClassifierLabel.LEO;
                leo += isLeo ? 1 : 0;
                String resumeText = "";
                String resumeFile = "";
                String evidence;
                if (form < 40) {
                    inline++;
                    resumeText = a.resumeText();
                    evidence = rnd.nextInt(10) < 7 ? SyntheticApplicants.spansJson(a.evidence()) : isLeo ? KeywordRule.TERM : "";
                } else {
                    String ext = form < 65 ? "txt" : form < 85 ? "pdf" : "docx";
                    resumeFile = RESUME_FOLDER + "/" + a.applicantId() + "." + ext;
                    Path file = outputDir.resolve(resumeFile);
                    switch (ext) {
                        case "txt" -> {
                            writeTxt(a.resumeText(), file, rnd);
                            txt++;
                        }
                        case "pdf" -> {
                            pdfWriter.write(a.resumeText(), file);
                            pdf++;
                        }
                        default -> {
                            docxWriter.write(a.resumeText(), file);
                            docx++;
                        }
                    }
                    // The tool saw the extracted text; its evidence travels as the term it matched.
                    evidence = isLeo ? KeywordRule.TERM : "";
                }
                csv.printRecord(a.applicantId(), a.fullName(), a.email(), a.phone(), a.fieldOffice(), a.status(), a.hireDate(),
                        resumeText, resumeFile, a.classifierLabel(), a.classifierScore(), evidence, a.classifierModel(),
                        DemoRoster.dateOfBirth(seed, i));
                roster.applicant(a, i);
            }
        }
        return new Summary(csvFile, count, inline, txt, pdf, docx, leo, count - leo, outputDir.resolve(DemoRoster.NAME),
                roster.rows());
    }

    /** Mostly UTF-8; some with a BOM, some UTF-16 LE with a BOM, some Windows-1252 as Notepad once wrote. */
    private static void writeTxt(String text, Path file, Random rnd) throws IOException {
        int kind = rnd.nextInt(10);
        Charset cp1252 = Charset.forName("windows-1252");
        CharsetEncoder enc = cp1252.newEncoder();
        String crlf = text.replace("\n", "\r\n");
        if (kind == 0) {
            write(file, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
        } else if (kind == 1) {
            write(file, new byte[] {(byte) 0xFF, (byte) 0xFE}, crlf.getBytes(StandardCharsets.UTF_16LE));
        } else if (kind == 2 && enc.canEncode(crlf)) {
            Files.write(file, crlf.getBytes(cp1252));
        } else {
            Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void write(Path file, byte[] bom, byte[] body) throws IOException {
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        Files.write(file, all);
    }
}
