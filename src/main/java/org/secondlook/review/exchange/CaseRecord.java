package org.secondlook.review.exchange;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One applicant in a package's cases part: the fields as imported, the analyzer's reading and every
 * résumé version with the tool's flag and the analyzer's findings. Times are ISO-8601 instants,
 * {@code hireDate} an ISO date.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CaseRecord(String applicantId, String fullName, String email, String phone, String fieldOffice,
                         String employmentStatus, String hireDate, String extraAttributes, String state,
                         String classifierLabel, String verdict, Integer leMonths, double risk, int currentVersion,
                         String importedAt, String updatedAt, List<ResumeVersionRecord> resumeVersions) {
    public CaseRecord {
        resumeVersions = resumeVersions == null ? List.of() : List.copyOf(resumeVersions);
    }

    /** One résumé version with what the tool and the analyzer said about it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ResumeVersionRecord(int versionNo, String text, String sourceFile, String sourceType, String sha256,
                                      String importedAt, String toolLabel, Double toolScore, String toolModel,
                                      List<SpanRecord> toolEvidence, List<FindingRecord> findings) {
        public ResumeVersionRecord {
            toolEvidence = toolEvidence == null ? List.of() : List.copyOf(toolEvidence);
            findings = findings == null ? List.of() : List.copyOf(findings);
        }
    }

    /** A span of the tool's evidence: UTF-16 offsets, end exclusive, and the matched term. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SpanRecord(int start, int end, String term) {
    }

    /** One of the analyzer's findings. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FindingRecord(int start, int end, String category, String explanation) {
    }
}
