package org.secondlook.store;

import org.secondlook.domain.QueueQuery;
import jakarta.persistence.Tuple;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;
import org.secondlook.domain.Applicant;
import org.secondlook.domain.Finding;
import org.secondlook.domain.ResumeVersion;
import org.secondlook.domain.ReviewState;
import org.secondlook.domain.ScreeningFlag;

/** Read side of the cases: the queue page, one case with its version, flag and findings, counts. */
public final class CaseStore {
    /** One résumé version of a case with what was said about it. */
    public record CaseVersion(Applicant applicant, ResumeVersion version, ScreeningFlag flag, List<Finding> findings,
                              List<Integer> versionNumbers) {
    }

    private final Database database;
    private final QueuePages pages = new QueuePages();

    public CaseStore(Database database) {
        this.database = database;
    }

    /**
     * One page of applicants matching the filter, and how many match in all: the page's ids are found by
     * {@link QueuePages} from indexes and kept figures, then only the page's rows are loaded.
     *
     * @param zone the office's time zone: the import-date filters are whole days there
     */
    public Page queue(QueueQuery f, java.time.ZoneId zone) {
        return queue(f, zone, java.util.Set.of());
    }

    /**
     * The same, leaving out the applicant rows {@code withheld} (ids), as if they were not there: they count
     * in no total and hold no place in any order.
     */
    public Page queue(QueueQuery f, java.time.ZoneId zone, java.util.Set<Long> withheld) {
        return database.fromTransaction(s -> {
            QueuePages.PageIds page = s.doReturningWork(c -> pages.find(c, f, zone, withheld));
            return new Page(load(s, page.ids()), page.total());
        });
    }

    /**
     * One page of applicants matching the filter, without counting the matches (the next case to open): one
     * state in the default order is read from its own index range ({@link QueueRows}).
     */
    public List<Applicant> rows(QueueQuery f, java.time.ZoneId zone, java.util.Set<Long> withheld) {
        return database.fromTransaction(s -> {
            readOnly(s);
            return load(s, s.doReturningWork(c -> QueueRows.find(pages, c, f, zone, withheld)));
        });
    }

    /**
     * A session that only reads: its entities keep no copy for dirty checking and nothing is flushed before a
     * query or at the commit (the next case's reads were a third of the reviewers' CPU on the server, issue 17).
     */
    private static void readOnly(Session s) {
        s.setDefaultReadOnly(true);
        s.setHibernateFlushMode(org.hibernate.FlushMode.MANUAL);
    }

    /** The page's rows, in the page's order. */
    private static List<Applicant> load(Session s, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        if (ids.size() == 1) {
            // The next case's page. Hibernate translates a query with a list parameter again at every call (a tenth
            // of the reviewers' CPU in bench concurrency, issue 17); one with a single value it translates once.
            return s.createSelectionQuery("from Applicant a where a.id = :id", Applicant.class)
                    .setParameter("id", ids.get(0)).setReadOnly(true).getResultList();
        }
        Map<Long, Applicant> byId = new HashMap<>();
        for (Applicant a : s.createSelectionQuery("from Applicant a where a.id in :ids", Applicant.class)
                .setParameter("ids", ids).setReadOnly(true).getResultList()) {
            byId.put(a.getId(), a);
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** A page of applicants and the total number matching. */
    public record Page(List<Applicant> rows, int total) {
    }

    /** The case with the given résumé version (null: the current one), or empty when no such case or version. */
    public Optional<CaseVersion> load(String applicantId, Integer versionNo) {
        return database.fromTransaction(s -> {
            readOnly(s);
            // The case and its version in one statement: each statement is a round trip to a server (issue 17).
            var query = s.createSelectionQuery("from ResumeVersion v join fetch v.applicant a where a.applicantId = :id"
                    + " and v.versionNo = " + (versionNo == null ? "a.currentVersion" : ":no"), ResumeVersion.class)
                    .setParameter("id", applicantId);
            if (versionNo != null) {
                query.setParameter("no", versionNo);
            }
            ResumeVersion v = query.uniqueResult();
            if (v == null) {
                return Optional.<CaseVersion>empty();
            }
            Applicant a = v.getApplicant();
            ScreeningFlag flag = s.createSelectionQuery(
                    "from ScreeningFlag f left join fetch f.evidence where f.resumeVersion = :v", ScreeningFlag.class)
                    .setParameter("v", v).uniqueResult();
            List<Finding> findings = s.createSelectionQuery(
                    "from Finding f where f.resumeVersion = :v order by f.start, f.end", Finding.class)
                    .setParameter("v", v).getResultList();
            List<Integer> numbers = s.createSelectionQuery(
                    "select v.versionNo from ResumeVersion v where v.applicant = :a order by v.versionNo", Integer.class)
                    .setParameter("a", a).getResultList();
            return Optional.of(new CaseVersion(a, v, flag, findings, numbers));
        });
    }

    /**
     * The file a PDF résumé came in, for the given version of a case (null: the current one), or empty when
     * the case or version does not exist or its résumé did not come as a PDF kept by the import.
     */
    public Optional<byte[]> original(String applicantId, Integer versionNo) {
        return database.fromTransaction(s -> s.doReturningWork(c -> {
            try (PreparedStatement q = c.prepareStatement("select o.content from resume_original o "
                    + "join resume_version v on v.id = o.resume_version_id join applicant a on a.id = v.applicant_id "
                    + "where a.applicant_id = ? and v.version_no = " + (versionNo == null ? "a.current_version" : "?"))) {
                q.setString(1, applicantId);
                if (versionNo != null) {
                    q.setInt(2, versionNo);
                }
                try (ResultSet r = q.executeQuery()) {
                    return r.next() ? Optional.ofNullable(r.getBytes(1)) : Optional.<byte[]>empty();
                }
            }
        }));
    }

    /** Total cases, cases not yet signed off, and cases decided since {@code since}. */
    public long[] stats(Instant since) {
        return database.fromTransaction(s -> {
            long total = s.createSelectionQuery("select count(a) from Applicant a", Long.class).getSingleResult();
            // Signed-off cases are counted (an index range) and subtracted: far fewer entries than the open ones.
            long open = total - s.createSelectionQuery("select count(a) from Applicant a where a.state = :done", Long.class)
                    .setParameter("done", ReviewState.SIGNED_OFF).getSingleResult();
            long today = s.createSelectionQuery("select count(a) from Applicant a where a.decidedAt >= :since", Long.class)
                    .setParameter("since", since).getSingleResult();
            return new long[] {total, open, today};
        });
    }

    /**
     * Case counts by state, by label and by office, for {@code status}: one pass over the facets index on plain
     * JDBC (three grouped queries each read the applicant index again; Hibernate is not started for it).
     */
    public CaseTotals totals() {
        return database.jdbc(FacetCounts::totals);
    }
}
