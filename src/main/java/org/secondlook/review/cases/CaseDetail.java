package org.secondlook.review.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the case view shows about one applicant: fields, the current résumé version's text as
 * stored, the tool's evidence and the analyzer's findings on it, and the list of versions.
 *
 * @param lockVersion the applicant row's optimistic-lock version as loaded; a save sends it back
 */
public record CaseDetail(
        CaseSummary summary,
        String email,
        String phone,
        String employmentStatus,
        LocalDate hireDate,
        int resumeVersionNo,
        List<Integer> resumeVersions,
        String resumeText,
        String resumeSourceFile,
        String resumeSourceType,
        Double classifierScore,
        String classifierModel,
        List<Span> toolEvidence,
        List<Span> findings,
        long lockVersion) {
}
