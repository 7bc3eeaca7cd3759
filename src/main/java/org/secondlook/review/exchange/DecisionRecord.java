package org.secondlook.review.exchange;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One decision in a package's decisions part, with its sign-offs. {@code ref} identifies the
 * decision for good across offices ({@code "<office>#<local id>"}), so merging the same package twice
 * adds nothing; {@code supersedesRef} names the decision it replaced, if any.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DecisionRecord(String ref, String applicantId, int resumeVersionNo, String track, String reasonCode,
                             String note, String decidedBy, String decidedAt, String supersedesRef, boolean active,
                             List<SignOffRecord> signOffs) {
    public DecisionRecord {
        signOffs = signOffs == null ? List.of() : List.copyOf(signOffs);
    }

    /** A supervisor's approval or return of the decision. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SignOffRecord(String outcome, String comment, String signedBy, String signedAt) {
    }
}
