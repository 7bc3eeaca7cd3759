package org.secondlook.review.cases;
import org.secondlook.domain.QueueQuery;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.secondlook.domain.Applicant;
import org.secondlook.domain.ClassifierLabel;
import org.secondlook.domain.Verdict;
import org.secondlook.domain.EvidenceSpan;
import org.secondlook.domain.Finding;
import org.secondlook.domain.ReviewState;
import org.secondlook.domain.Role;
import java.util.Set;
import org.secondlook.store.CaseStore;
import org.secondlook.review.InvalidInputException;
import org.secondlook.review.AccessCheck;
import org.secondlook.review.BlindQaRule;
import org.secondlook.review.Permission;

/**
 * The queue and case view, read from the store; filtering and sorting happen in the database. A case waiting
 * for a blind QA second review this account could give is left out of the queue and refused by {@link #load}
 * ({@link BlindQaRule}).
 */
public final class DatabaseCaseQueries implements CaseQueries {
    private final CaseStore store;
    private final AccessCheck access;
    private final BlindQaRule blind;
    private final Clock clock;
    private final PdfPageRenderer pdfPages;

    public DatabaseCaseQueries(CaseStore store, AccessCheck access, BlindQaRule blind, Clock clock) {
        this(store, access, blind, clock, PdfPageRenderer.defaults());
    }

    public DatabaseCaseQueries(CaseStore store, AccessCheck access, BlindQaRule blind, Clock clock,
                               PdfPageRenderer pdfPages) {
        this.store = store;
        this.access = access;
        this.blind = blind;
        this.clock = clock;
        this.pdfPages = pdfPages;
    }

    @Override
    public QueuePage queue(QueueQuery q) {
        Set<Role> roles = access.require(Permission.VIEW_CASES).getRoles();
        CaseStore.Page page = store.queue(q, clock.getZone(), blind.withheld(roles).rowIds());
        return new QueuePage(page.rows().stream().map(DatabaseCaseQueries::summary).toList(), page.total());
    }

    @Override
    public List<CaseSummary> rows(QueueQuery q) {
        // One read of the account serves the access check and the blind QA rule (each read is a transaction).
        Set<Role> roles = access.require(Permission.VIEW_CASES).getRoles();
        return store.rows(q, clock.getZone(), blind.withheld(roles).rowIds()).stream().map(DatabaseCaseQueries::summary)
                .toList();
    }

    static CaseSummary summary(Applicant a) {
        return new CaseSummary(a.getApplicantId(), a.getFullName(), a.getFieldOffice(),
                ClassifierLabel.parse(a.getClassifierLabel()).orElse(null), a.getState(), Verdict.parse(a.getVerdict()),
                a.getLeMonths(), a.getRisk(), a.getImportedAt(), a.getDecidedBy());
    }

    @Override
    public CaseDetail load(String applicantId) {
        return load(applicantId, null);
    }

    @Override
    public CaseDetail load(String applicantId, int resumeVersionNo) {
        return load(applicantId, Integer.valueOf(resumeVersionNo));
    }

    private CaseDetail load(String applicantId, Integer versionNo) {
        blind.requireShown(applicantId, access.require(Permission.VIEW_CASES).getRoles());
        CaseStore.CaseVersion c = store.load(applicantId, versionNo).orElseThrow(() -> new InvalidInputException(
                versionNo == null ? "There is no case with the id " + applicantId + "."
                        : "Case " + applicantId + " has no résumé version " + versionNo + "."));
        String text = c.version().getText();
        List<Span> evidence = new ArrayList<>();
        if (c.flag() != null) {
            for (EvidenceSpan e : c.flag().getEvidence()) {
                evidence.add(new Span(e.getStart(), e.getEnd(), Span.TOOL_EVIDENCE, slice(text, e.getStart(), e.getEnd()),
                        "The screening tool matched " + quote(e.getTerm() == null ? slice(text, e.getStart(), e.getEnd())
                                : e.getTerm()) + "."));
            }
        }
        List<Span> findings = new ArrayList<>();
        for (Finding f : c.findings()) {
            findings.add(new Span(f.getStart(), f.getEnd(), f.getCategory(), slice(text, f.getStart(), f.getEnd()),
                    f.getExplanation()));
        }
        Applicant a = c.applicant();
        return new CaseDetail(summary(a), a.getEmail(), a.getPhone(), a.getEmploymentStatus(), a.getHireDate(),
                c.version().getVersionNo(), c.versionNumbers(), text, c.version().getSourceFile(),
                c.version().getSourceType(), c.flag() == null ? null : c.flag().getScore(),
                c.flag() == null ? null : c.flag().getModel(), evidence, findings, a.getVersion());
    }

    @Override
    public OriginalPages originalPages(String applicantId, int resumeVersionNo) {
        access.require(Permission.VIEW_CASES);
        return store.original(applicantId, resumeVersionNo).map(pdfPages::render).orElse(OriginalPages.NONE);
    }

    private static String slice(String text, int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        return text.substring(s, e);
    }

    private static String quote(String s) {
        return "\u201c" + s + "\u201d";
    }

    @Override
    public QueueStats stats() {
        access.require(Permission.VIEW_CASES);
        LocalDate today = LocalDate.now(clock);
        long[] s = store.stats(today.atStartOfDay(clock.getZone()).toInstant());
        return new QueueStats((int) s[0], (int) s[1], (int) s[2]);
    }
}
