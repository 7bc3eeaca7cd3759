package org.secondlook.review.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.domain.Track;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.audit.AuditTrail;
import org.secondlook.review.decisions.SignOffService;
import org.secondlook.review.oversight.Office;

/**
 * QA sampling over 1,000 sign-offs through the real services: every LEO decision is queued, and of
 * the others the count stays within 1 of share × n — exactly the count an auditor computes from the
 * share and random start recorded in the audit trail.
 */
class QaSamplingTest {
    private static final int OTHERS = 1000;
    private static final int LEO_EVERY = 100;
    private static final Pattern START = Pattern.compile("share ([0-9.]+), random start r = ([0-9.]+)");

    @TempDir
    Path dir;

    @Test
    void theSampleIsWithinOneOfTheShareOverAThousandSignOffs() throws Exception {
        Office office = new Office(dir, Instant.parse("2026-11-02T08:00:00Z"));
        int total = OTHERS + OTHERS / LEO_EVERY;
        List<Office.Row> rows = new ArrayList<>();
        for (int i = 1; i <= total; i++) {
            rows.add(new Office.Row(String.format(Locale.ROOT, "S%05d", i), "ERO Denver",
                    "Loan Officer, First Bank, 2015-2022\n", "LEO", "Loan Officer"));
        }
        office.importRows(rows);
        List<String> others = new ArrayList<>();
        List<String> leoIds = new ArrayList<>();
        java.util.Set<String> queued;
        try (ReviewSession rita = office.login("rita"); ReviewSession sam = office.login("sam")) {
            for (int i = 1; i <= total; i++) {
                String id = String.format(Locale.ROOT, "S%05d", i);
                boolean keepsLeo = i % (LEO_EVERY + 1) == 0;
                rita.decisions().decide(id, keepsLeo ? Track.LEO : Track.ACADEMY,
                        keepsLeo ? "LE_EXPERIENCE_VERIFIED" : "NON_LE_OFFICER_TITLE", null, SignOffService.CURRENT);
                sam.signOffs().approve(id, SignOffService.CURRENT);
                (keepsLeo ? leoIds : others).add(id);
            }
            // Nobody has answered yet: every queued case is still waiting for its second review.
            queued = new java.util.HashSet<>(sam.qa().queue(0).stream().map(QaService.Waiting::applicantId).toList());
            assertThat(sam.qa().status().sampled()).isEqualTo(queued.size());
        }
        assertThat(queued).as("every decision keeping an applicant on the LEO program is queued").containsAll(leoIds);
        List<Boolean> queuedOthers = others.stream().map(queued::contains).toList();
        int leo = leoIds.size();
        assertThat(queuedOthers).hasSize(OTHERS);
        assertThat(leo).isEqualTo(OTHERS / LEO_EVERY);

        BigDecimal share;
        BigDecimal start;
        try (ReviewSession ada = office.login("ada")) {
            String details = ada.audit().events(new AuditTrail.Query(null, "SIGN_OFF", null, "random start", null, null, 10))
                    .get(0).details();
            Matcher m = START.matcher(details);
            assertThat(m.find()).as(details).isTrue();
            share = new BigDecimal(m.group(1));
            start = new BigDecimal(m.group(2));
            assertThat(share).isEqualByComparingTo("0.10");
        }
        // The auditor's recomputation, item by item, and the bound after every n.
        // (exact decimals: s and r are recorded as decimals, so no rounding can move a step)
        double s = share.doubleValue();
        long sampled = 0;
        for (int k = 1; k <= OTHERS; k++) {
            boolean expected = floor(share, start, k).compareTo(floor(share, start, k - 1)) > 0;
            assertThat(queuedOthers.get(k - 1)).as("approval k = %d", k).isEqualTo(expected);
            sampled += queuedOthers.get(k - 1) ? 1 : 0;
            assertThat(Math.abs(sampled - s * k)).as("after %d approvals", k).isLessThanOrEqualTo(1.0);
        }
        assertThat(sampled).isBetween(99L, 101L);
    }

    private static BigDecimal floor(BigDecimal s, BigDecimal r, long k) {
        return s.multiply(BigDecimal.valueOf(k)).add(r).setScale(0, java.math.RoundingMode.FLOOR);
    }
}
