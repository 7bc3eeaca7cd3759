package org.secondlook.ui.qa;

import java.util.List;
import org.secondlook.domain.QueueQuery;
import org.secondlook.review.cases.CaseDetail;
import org.secondlook.review.cases.CaseQueries;
import org.secondlook.review.cases.CaseSummary;
import org.secondlook.review.cases.QueuePage;
import org.secondlook.review.cases.QueueStats;
import org.secondlook.review.qa.QaDesk;
import org.secondlook.review.qa.QaService;
import org.secondlook.ui.blind.BlindMask;

/**
 * The case file's reading side for a blind second review: a case is loaded only through
 * {@link QaService#blindCase} (which refuses a reviewer their own decision) and carries nothing but the
 * résumé text, the name and the office; no label, verdict, finding, state or decider. The queue and the
 * figures are not for this screen.
 */
final class BlindQueries implements CaseQueries {
    private final QaDesk desk;

    /** Asks {@code desk} for the QA service at each load (a session hands it out only when asked). */
    BlindQueries(QaDesk desk) {
        this.desk = desk;
    }

    @Override
    public CaseDetail load(String applicantId) {
        QaService.BlindCase c = desk.qa().blindCase(applicantId);
        CaseSummary summary = new CaseSummary(c.applicantId(), c.fullName(), c.office(), null, null, null, null, 0.0,
                null, null);
        return BlindMask.detail(new CaseDetail(summary, null, null, null, null, 1, List.of(1), c.resumeText(), null, null,
                null, null, List.of(), List.of(), 0L));
    }

    @Override
    public CaseDetail load(String applicantId, int resumeVersionNo) {
        return load(applicantId);
    }

    @Override
    public QueuePage queue(QueueQuery query) {
        throw new UnsupportedOperationException("The blind second review reads one case at a time.");
    }

    @Override
    public QueueStats stats() {
        throw new UnsupportedOperationException("The blind second review reads one case at a time.");
    }
}
