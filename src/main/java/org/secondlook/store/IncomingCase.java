package org.secondlook.store;

import java.time.LocalDate;
import java.util.List;
import org.secondlook.domain.EvidenceSpan;

/**
 * One validated, analysed batch row as the store writes it: the applicant's fields, the résumé text
 * with its SHA-256, the tool's label and evidence, and the analyzer's verdict, risk and findings.
 */
public record IncomingCase(
        int rowNumber,
        String applicantId,
        String fullName,
        String email,
        String phone,
        String fieldOffice,
        String employmentStatus,
        LocalDate hireDate,
        String extraAttributes,
        String classifierLabel,
        Double classifierScore,
        String classifierModel,
        List<EvidenceSpan> evidence,
        String resumeText,
        String sourceFile,
        String sourceType,
        String sha256,
        String verdict,
        Integer leMonths,
        double risk,
        List<FindingValue> findings,
        byte[] originalFile,
        String[] searchTerms) {

    /**
     * A row as analysed, with its words for the search index ({@link SearchTerms}) worked out here, on the
     * analysing thread, so that the single writer thread only files them.
     */
    public IncomingCase(int rowNumber, String applicantId, String fullName, String email, String phone,
                        String fieldOffice, String employmentStatus, LocalDate hireDate, String extraAttributes,
                        String classifierLabel, Double classifierScore, String classifierModel,
                        List<EvidenceSpan> evidence, String resumeText, String sourceFile, String sourceType,
                        String sha256, String verdict, Integer leMonths, double risk, List<FindingValue> findings,
                        byte[] originalFile) {
        this(rowNumber, applicantId, fullName, email, phone, fieldOffice, employmentStatus, hireDate, extraAttributes,
                classifierLabel, classifierScore, classifierModel, evidence, resumeText, sourceFile, sourceType, sha256,
                verdict, leMonths, risk, findings, originalFile,
                SearchTerms.of(applicantId, fullName, resumeText).toArray(String[]::new)); // compact while queued
    }

    /** An analyzer finding to store. */
    public record FindingValue(int start, int end, String category, String explanation) {
    }

    /** What an import did with a row. */
    public enum Outcome { NEW, UPDATED, UNCHANGED }
}
