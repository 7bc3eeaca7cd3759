package org.secondlook.review.qa;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import org.secondlook.domain.Applicant;
import org.secondlook.domain.Decision;
import org.secondlook.domain.QaReview;
import org.secondlook.domain.Track;
import org.secondlook.review.decisions.ApprovalHook;
import org.secondlook.store.DecisionWriter;
import org.secondlook.store.QaRecords;

/**
 * Queues approved decisions for a blind second review, inside the approval's transaction: every decision
 * keeping an applicant on the LEO program, and the k-th of the others when the systematic sample picks it.
 * The random start is drawn at the first such approval; the share, r and k go into the approval's own
 * SIGN_OFF audit event, so an auditor can recompute every pick from the audit trail; changing the share
 * restarts k at 0 (said in that event too).
 */
public final class QaSampler implements ApprovalHook {
    private final SecureRandom random;

    public QaSampler(SecureRandom random) {
        this.random = random;
    }

    @Override
    public String approved(DecisionWriter w, Applicant a, Decision d, String actor, Instant at) {
        QaRecords qa = QaRecords.within(w);
        if (d.getTrack() == Track.LEO) {
            qa.persist(new QaReview(a, d, QaReview.Cause.LEO_TRACK, null, at));
            w.flush();
            return "queued for a blind QA second review (keeps the applicant on the LEO program)";
        }
        QaRecords.Sampling now = qa.lockSampling();
        BigDecimal share = qa.setting(QaService.SHARE_SETTING).map(QaSampler::parseShare).orElse(QaService.DEFAULT_SHARE);
        BigDecimal start = now.start();
        long k = now.others();
        String started = "";
        if (start == null) {
            start = BigDecimal.valueOf(random.nextInt(1_000_000_000), 9);
            k = 0;
            started = "QA sampling of approvals not keeping an applicant on the LEO program starts: share "
                    + share.toPlainString() + ", random start r = " + start.toPlainString()
                    + " (the k-th is sampled when floor(s*k + r) > floor(s*(k-1) + r)); ";
        } else if (now.share() == null || now.share().compareTo(share) != 0) {
            k = 0;
            started = "QA share changed from " + (now.share() == null ? "none" : now.share().toPlainString()) + " to "
                    + share.toPlainString() + ": k restarts at 0 with the same random start r = "
                    + start.toPlainString() + "; ";
        }
        k++;
        boolean picked = new SystematicSample(share, start).picks(k);
        qa.saveSampling(new QaRecords.Sampling(share, start, k));
        if (picked) {
            qa.persist(new QaReview(a, d, QaReview.Cause.SAMPLED, k, at));
            w.flush();
        }
        return started + "QA sample k = " + k + " (share " + share.toPlainString() + "): "
                + (picked ? "queued for a blind QA second review" : "not sampled");
    }

    /** A share as stored ("0.1") or typed ("10%", "0.1"); refused outside 0 to 1. */
    static BigDecimal parseShare(String text) {
        String t = text.strip();
        BigDecimal v;
        try {
            v = t.endsWith("%") ? new BigDecimal(t.substring(0, t.length() - 1).strip()).movePointLeft(2) : new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new org.secondlook.review.InvalidInputException("The QA share '" + t
                    + "' is not a number: give it as 0.1 or 10%.");
        }
        if (v.signum() < 0 || v.compareTo(BigDecimal.ONE) > 0) {
            throw new org.secondlook.review.InvalidInputException("The QA share must lie between 0 and 1 (0 % and 100 %): "
                    + t + ".");
        }
        BigDecimal exact = v.scale() > 5 ? v.setScale(5, java.math.RoundingMode.HALF_EVEN) : v;
        return exact.signum() == 0 ? BigDecimal.ZERO : exact.stripTrailingZeros();
    }
}
