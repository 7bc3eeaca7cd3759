package org.secondlook.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.secondlook.domain.ClassifierLabel;
import org.secondlook.domain.EvidenceSpan;
import org.secondlook.intake.ApplicantRecord;

/**
 * One invented applicant with the screening tool's verdict on its résumé (the keyword rule).
 *
 * @param archetype the truth behind the text (for measuring, never shown as the tool's output)
 */
public record SyntheticApplicant(
        String applicantId,
        String fullName,
        String email,
        String phone,
        String fieldOffice,
        String status,
        LocalDate hireDate,
        String resumeText,
        ClassifierLabel classifierLabel,
        double classifierScore,
        List<EvidenceSpan> evidence,
        String classifierModel,
        Archetype archetype) {

    /** As the batch reader would hand it on for an inline-text row. */
    public ApplicantRecord toRecord(int rowNumber) {
        return new ApplicantRecord(rowNumber, applicantId, fullName, email, phone, fieldOffice, status, hireDate, resumeText,
                null, "TEXT", classifierLabel, classifierScore, evidence, classifierModel, Map.of(), List.of());
    }
}
