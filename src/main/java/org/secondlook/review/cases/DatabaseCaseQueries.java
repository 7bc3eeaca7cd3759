package org.secondlook.review.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.secondlook.domain.Applicant;
import org.secondlook.domain.EvidenceSpan;
import org.secondlook.domain.Finding;
import org.secondlook.domain.ReviewState;
import org.secondlook.domain.Role;
import org.secondlook.store.CaseFilter;
import org.secondlook.store.CaseStore;
import org.secondlook.review.InvalidInputException;
import org.secondlook.review.Permission;

/** The queue and case view, read from the store; filtering and sorting happen in the database. */
public final class DatabaseCaseQueries implements CaseQueries {
    private final CaseStore store;
    private final Set<Role> roles;
    private final Clock clock;
    private final PdfPageRenderer pdfPages;

    public DatabaseCaseQueries(CaseStore store, Set<Role> roles, Clock clock) {
        this(store, roles, clock, PdfPageRenderer.defaults());
    }

    public DatabaseCaseQueries(CaseStore store, Set<Role> roles, Clock clock, PdfPageRenderer pdfPages) {
        this.store = store;
        this.roles = roles;
        this.clock = clock;
        this.pdfPages = pdfPages;
    }

    @Override
    public QueuePage queue(QueueQuery q) {
        Permission.VIEW_CASES.require(roles);
        ZoneId zone = clock.getZone();
        CaseFilter f = new CaseFilter(q.search(),
                q.states().stream().map(ReviewState::code).collect(Collectors.toSet()),
                q.office(), q.classifierLabel(), q.verdict(), q.reviewer(),
                q.importedFrom() == null ? null : q.importedFrom().atStartOfDay(zone).toInstant(),
                q.importedTo() == null ? null : q.importedTo().plusDays(1).atStartOfDay(zone).toInstant(),
                CaseFilter.Sort.valueOf(q.sort().name()), q.ascending(), q.offset(), q.limit());
        CaseStore.Page page = store.queue(f);
        return new QueuePage(page.rows().stream().map(DatabaseCaseQueries::summary).toList(), page.total());
    }

    static CaseSummary summary(Applicant a) {
        return new CaseSummary(a.getApplicantId(), a.getFullName(), a.getFieldOffice(), a.getClassifierLabel(),
                a.getState(), a.getVerdict(), a.getLeMonths(), a.getRisk(), a.getImportedAt(), a.getDecidedBy());
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
        Permission.VIEW_CASES.require(roles);
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
        Permission.VIEW_CASES.require(roles);
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
        Permission.VIEW_CASES.require(roles);
        LocalDate today = LocalDate.now(clock);
        long[] s = store.stats(today.atStartOfDay(clock.getZone()).toInstant());
        return new QueueStats((int) s[0], (int) s[1], (int) s[2]);
    }
}
