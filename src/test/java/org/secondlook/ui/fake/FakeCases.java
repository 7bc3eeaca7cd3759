package org.secondlook.ui.fake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.secondlook.domain.ReviewState;
import org.secondlook.review.cases.CaseDetail;
import org.secondlook.review.cases.CaseQueries;
import org.secondlook.review.cases.CaseSummary;
import org.secondlook.review.cases.QueuePage;
import org.secondlook.domain.QueueQuery;
import org.secondlook.review.cases.QueueStats;

/** An in-memory CaseQueries for view-model tests: filters and sorts a list, records the queries it got. */
public class FakeCases implements CaseQueries {
    private final List<CaseDetail> cases = new CopyOnWriteArrayList<>();
    private final Map<String, List<CaseDetail>> versions = new ConcurrentHashMap<>();
    public final List<QueueQuery> queries = new CopyOnWriteArrayList<>();
    public final AtomicInteger loads = new AtomicInteger();

    public void add(CaseDetail c) {
        cases.removeIf(x -> x.summary().applicantId().equals(c.summary().applicantId()));
        cases.add(c);
        versions.computeIfAbsent(c.summary().applicantId(), k -> new CopyOnWriteArrayList<>()).add(c);
    }

    public List<CaseDetail> all() {
        return cases;
    }

    /** Changes a case's state (as a decision would), bumping its lock version. */
    public void setState(String id, ReviewState state, String decidedBy) {
        CaseDetail c = load(id);
        CaseSummary s = c.summary();
        CaseSummary ns = new CaseSummary(s.applicantId(), s.fullName(), s.fieldOffice(), s.classifierLabel(), state,
                s.verdict(), s.leMonths(), s.risk(), s.importedAt(), decidedBy);
        add(new CaseDetail(ns, c.email(), c.phone(), c.employmentStatus(), c.hireDate(), c.resumeVersionNo(),
                c.resumeVersions(), c.resumeText(), c.resumeSourceFile(), c.resumeSourceType(), c.classifierScore(),
                c.classifierModel(), c.toolEvidence(), c.findings(), c.lockVersion() + 1));
        versions.get(id).remove(versions.get(id).size() - 2);
    }

    @Override
    public QueuePage queue(QueueQuery q) {
        queries.add(q);
        List<CaseSummary> rows = new ArrayList<>();
        for (CaseDetail c : cases) {
            CaseSummary s = c.summary();
            if (!q.states().isEmpty() && !q.states().contains(s.state())) {
                continue;
            }
            if (q.office() != null && !q.office().equalsIgnoreCase(s.fieldOffice())) {
                continue;
            }
            if (q.classifierLabel() != null && !q.classifierLabel().equals(s.classifierLabel())) {
                continue;
            }
            if (q.verdict() != null && !q.verdict().equals(s.verdict())) {
                continue;
            }
            if (q.search() != null) {
                String needle = q.search().toLowerCase(Locale.ROOT);
                if (!(s.applicantId().toLowerCase(Locale.ROOT).contains(needle) || s.fullName().toLowerCase(Locale.ROOT).contains(needle)
                        || c.resumeText().toLowerCase(Locale.ROOT).contains(needle))) {
                    continue;
                }
            }
            rows.add(s);
        }
        Comparator<CaseSummary> order = switch (q.sort()) {
            case APPLICANT_ID -> Comparator.comparing(CaseSummary::applicantId);
            case NAME -> Comparator.comparing(CaseSummary::fullName);
            case OFFICE -> Comparator.comparing(CaseSummary::fieldOffice);
            default -> Comparator.comparingDouble(CaseSummary::risk);
        };
        rows.sort(q.ascending() ? order : order.reversed());
        int from = Math.min(q.offset(), rows.size());
        int to = Math.min(rows.size(), q.offset() + q.limit());
        return new QueuePage(rows.subList(from, to), rows.size());
    }

    @Override
    public CaseDetail load(String applicantId) {
        loads.incrementAndGet();
        return cases.stream().filter(c -> c.summary().applicantId().equals(applicantId)).findFirst()
                .orElseThrow(() -> new org.secondlook.review.InvalidInputException("No case " + applicantId + "."));
    }

    @Override
    public CaseDetail load(String applicantId, int resumeVersionNo) {
        return versions.get(applicantId).stream().filter(c -> c.resumeVersionNo() == resumeVersionNo).findFirst().orElseThrow();
    }

    @Override
    public QueueStats stats() {
        int open = (int) cases.stream().filter(c -> c.summary().state() == ReviewState.NEW).count();
        int decided = (int) cases.stream().filter(c -> c.summary().state() == ReviewState.DECIDED).count();
        return new QueueStats(cases.size(), open, decided);
    }

    public static Instant importedAt() {
        return Instant.parse("2026-11-20T09:00:00Z");
    }
}
