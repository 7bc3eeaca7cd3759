package org.secondlook.review.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.secondlook.analysis.AnalysisFinding;
import org.secondlook.analysis.AnalysisResult;
import org.secondlook.domain.ClassifierLabel;
import org.secondlook.domain.EvidenceSpan;
import org.secondlook.intake.ApplicantRecord;
import org.secondlook.store.IncomingCase;

/** Turns a valid batch row and the analyzer's reading of it into what the store writes. */
final class RowPreparer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RowPreparer() {
    }

    /** Why the store could not hold this row (a field longer than its column), or empty. */
    static Optional<String> tooLong(ApplicantRecord r) {
        if (r.applicantId() == null || r.applicantId().isBlank()) {
            return Optional.of("the applicant id is missing");
        }
        if (r.fullName() == null || r.fullName().isBlank()) {
            return Optional.of("the name is missing");
        }
        if (r.classifierLabel() == null) {
            return Optional.of("the screening label is missing");
        }
        if (r.resumeText() == null) {
            return Optional.of("the résumé text is missing");
        }
        return check("applicant id", r.applicantId(), 128)
                .or(() -> check("name", r.fullName(), 300))
                .or(() -> check("e-mail", r.email(), 300))
                .or(() -> check("phone", r.phone(), 64))
                .or(() -> check("field office", r.fieldOffice(), 200))
                .or(() -> check("status", r.status(), 32))
                .or(() -> check("résumé file name", r.resumeFile(), 500))
                .or(() -> check("classifier model", r.classifierModel(), 200))
                .or(() -> check("résumé text", r.resumeText(), 20_000_000))
                .or(() -> r.evidence().stream().map(e -> check("evidence term", e.getTerm(), 500))
                        .flatMap(Optional::stream).findFirst())
                .or(() -> check("extra columns", extras(r), 100_000));
    }

    private static Optional<String> check(String what, String value, int max) {
        return value != null && value.length() > max
                ? Optional.of("the " + what + " is longer than " + max + " characters")
                : Optional.empty();
    }

    static IncomingCase prepare(ApplicantRecord r, AnalysisResult a) {
        boolean leo = r.classifierLabel() == ClassifierLabel.LEO;
        List<IncomingCase.FindingValue> findings = a.findings().stream().map(RowPreparer::finding).toList();
        List<EvidenceSpan> evidence = r.evidence() == null ? List.of() : r.evidence();
        return new IncomingCase(r.rowNumber(), r.applicantId(), r.fullName(), r.email(), r.phone(), r.fieldOffice(),
                r.status(), r.hireDate(), extras(r), r.classifierLabel().name(), r.classifierScore(),
                r.classifierModel(), evidence, r.resumeText(), r.resumeFile(), r.resumeType() == null ? "TEXT"
                        : r.resumeType(), sha256(r.resumeText()), a.verdict().name(), a.leMonths(),
                a.riskForLabel(leo), findings, r.originalFile());
    }

    private static IncomingCase.FindingValue finding(AnalysisFinding f) {
        String why = f.explanation() == null ? "" : f.explanation();
        return new IncomingCase.FindingValue(f.start(), f.end(), f.category().name(),
                why.length() > 1000 ? why.substring(0, 999) + "\u2026" : why);
    }

    static String extras(ApplicantRecord r) {
        if (r.extras() == null || r.extras().isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(new java.util.TreeMap<>(r.extras()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("extra columns cannot be written as JSON", e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
