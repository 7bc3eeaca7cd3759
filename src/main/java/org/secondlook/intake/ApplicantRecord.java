package org.secondlook.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.secondlook.domain.ClassifierLabel;
import org.secondlook.domain.EvidenceSpan;

/**
 * One valid batch row, with its résumé text extracted and the tool's evidence resolved into spans.
 *
 * @param resumeFile  the résumé file name as given in the batch, or null for inline text
 * @param resumeType  TEXT (inline), TXT, PDF or DOCX
 * @param notes       remarks for the import report that do not reject the row (e.g. an evidence term not found)
 * @param originalFile the résumé file's bytes, kept only for PDFs (to show its pages); null otherwise
 */
public record ApplicantRecord(
        int rowNumber,
        String applicantId,
        String fullName,
        String email,
        String phone,
        String fieldOffice,
        String status,
        LocalDate hireDate,
        String resumeText,
        String resumeFile,
        String resumeType,
        ClassifierLabel classifierLabel,
        Double classifierScore,
        List<EvidenceSpan> evidence,
        String classifierModel,
        Map<String, String> extras,
        List<String> notes,
        byte[] originalFile) {

    /** A row without an original file to keep (inline text, TXT, DOCX). */
    public ApplicantRecord(int rowNumber, String applicantId, String fullName, String email, String phone,
                           String fieldOffice, String status, LocalDate hireDate, String resumeText, String resumeFile,
                           String resumeType, ClassifierLabel classifierLabel, Double classifierScore,
                           List<EvidenceSpan> evidence, String classifierModel, Map<String, String> extras,
                           List<String> notes) {
        this(rowNumber, applicantId, fullName, email, phone, fieldOffice, status, hireDate, resumeText, resumeFile,
                resumeType, classifierLabel, classifierScore, evidence, classifierModel, extras, notes, null);
    }

    /** Size of the kept original file in bytes (0 when none). */
    public int originalFileSize() {
        return originalFile == null ? 0 : originalFile.length;
    }
}
