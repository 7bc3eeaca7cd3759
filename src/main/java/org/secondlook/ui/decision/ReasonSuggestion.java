package org.secondlook.ui.decision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.secondlook.domain.FindingCategory;
import org.secondlook.domain.Track;
import org.secondlook.review.cases.CaseDetail;

/**
 * The reason the analyzer's findings point to, among the reasons that fit the chosen track: the
 * window pre-selects it and the reviewer confirms it (or picks another). Kinds are read in the order
 * of {@link #KIND_TO_REASON}; the first whose reason fits the track wins.
 */
public final class ReasonSuggestion {
    /** Finding category → reason code, strongest evidence first. */
    static final Map<FindingCategory, String> KIND_TO_REASON = new LinkedHashMap<>();

    static {
        KIND_TO_REASON.put(FindingCategory.LE_EMPLOYMENT, "LE_EXPERIENCE_VERIFIED");
        KIND_TO_REASON.put(FindingCategory.LE_TRAINING, "LE_EXPERIENCE_VERIFIED");
        KIND_TO_REASON.put(FindingCategory.POLICY_DEPENDENT_ROLE, "POLICY_DEPENDENT_ROLE");
        KIND_TO_REASON.put(FindingCategory.CIVILIAN_IN_LE_AGENCY, "CIVILIAN_ROLE_ONLY");
        KIND_TO_REASON.put(FindingCategory.NON_LE_OFFICER_TITLE, "NON_LE_OFFICER_TITLE");
        KIND_TO_REASON.put(FindingCategory.THIRD_PARTY, "THIRD_PARTY_ONLY");
        KIND_TO_REASON.put(FindingCategory.ASPIRATION, "ASPIRATION_ONLY");
    }

    /** Without a finding that fits the academy track, the résumé did not show enough. */
    static final String NOTHING_SHOWN = "INSUFFICIENT_INFORMATION";

    private ReasonSuggestion() {
    }

    /** The suggested reason among {@code offered} (the reasons fitting {@code track}), or null. */
    public static ReasonCode suggest(CaseDetail detail, Track track, List<ReasonCode> offered) {
        if (detail == null || track == null || offered.isEmpty()) {
            return null;
        }
        List<FindingCategory> kinds = detail.findings().stream().flatMap(f -> f.category().stream()).toList();
        for (Map.Entry<FindingCategory, String> e : KIND_TO_REASON.entrySet()) {
            if (kinds.contains(e.getKey())) {
                ReasonCode r = find(offered, e.getValue());
                if (r != null) {
                    return r;
                }
            }
        }
        return track == Track.ACADEMY ? find(offered, NOTHING_SHOWN) : null;
    }

    private static ReasonCode find(List<ReasonCode> offered, String code) {
        return offered.stream().filter(r -> r.code().equals(code)).findFirst().orElse(null);
    }
}
