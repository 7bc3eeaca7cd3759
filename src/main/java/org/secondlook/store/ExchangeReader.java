package org.secondlook.store;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.Session;
import org.hibernate.Transaction;
import org.secondlook.domain.Applicant;
import org.secondlook.domain.AuditEvent;
import org.secondlook.domain.Decision;
import org.secondlook.domain.EvidenceSpan;
import org.secondlook.domain.Finding;
import org.secondlook.domain.ResumeVersion;
import org.secondlook.domain.ScreeningFlag;
import org.secondlook.domain.SignOff;

/**
 * Everything a headquarters package holds, streamed in one read-only session per stream: every case
 * with all its résumé versions, flags and findings; every decision with its sign-offs; the whole
 * audit chain. The session is cleared every few rows so memory stays flat.
 */
public final class ExchangeReader {
    private static final int CLEAR_EVERY = 100;

    /** One résumé version with the tool's flag (and its evidence) and the analyzer's findings. */
    public record VersionData(ResumeVersion version, ScreeningFlag flag, List<EvidenceSpan> evidence,
                              List<Finding> findings) {
    }

    /** One case with all its versions, oldest first. */
    public record CaseData(Applicant applicant, List<VersionData> versions) {
    }

    /** One decision with its sign-offs, oldest first. */
    public record DecisionData(Decision decision, String applicantId, List<SignOff> signOffs) {
    }

    private final Database database;

    public ExchangeReader(Database database) {
        this.database = database;
    }

    public Stream<CaseData> cases() {
        return scroll("from Applicant a order by a.id", Applicant.class, (s, a) -> {
            List<ResumeVersion> versions = s.createSelectionQuery(
                    "from ResumeVersion v where v.applicant = :a order by v.versionNo", ResumeVersion.class)
                    .setParameter("a", a).getResultList();
            List<VersionData> out = new java.util.ArrayList<>();
            for (ResumeVersion v : versions) {
                ScreeningFlag flag = s.createSelectionQuery(
                        "from ScreeningFlag f left join fetch f.evidence where f.resumeVersion = :v", ScreeningFlag.class)
                        .setParameter("v", v).uniqueResult();
                List<Finding> findings = s.createSelectionQuery(
                        "from Finding f where f.resumeVersion = :v order by f.start, f.end", Finding.class)
                        .setParameter("v", v).getResultList();
                out.add(new VersionData(v, flag, flag == null ? List.of() : flag.getEvidence(), findings));
            }
            return new CaseData(a, out);
        });
    }

    public Stream<DecisionData> decisions() {
        return scroll("from Decision d join fetch d.applicant order by d.id", Decision.class, (s, d) -> new DecisionData(d,
                d.getApplicant().getApplicantId(),
                s.createSelectionQuery("from SignOff so where so.decision = :d order by so.signedAt, so.id", SignOff.class)
                        .setParameter("d", d).getResultList()));
    }

    public Stream<AuditEvent> auditEvents() {
        return scroll("from AuditEvent e order by e.seq", AuditEvent.class, (s, e) -> e);
    }

    private <E, R> Stream<R> scroll(String hql, Class<E> type, BiFunction<Session, E, R> map) {
        Session s = database.sessionFactory().openSession();
        try {
            s.setDefaultReadOnly(true);
            Transaction tx = s.beginTransaction();
            ScrollableResults<E> rows = s.createSelectionQuery(hql, type).setFetchSize(200)
                    .scroll(ScrollMode.FORWARD_ONLY);
            Iterator<R> it = new Iterator<>() {
                private Boolean ahead;
                private int n;

                @Override
                public boolean hasNext() {
                    if (ahead == null) {
                        ahead = rows.next();
                    }
                    return ahead;
                }

                @Override
                public R next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    ahead = null;
                    R r = map.apply(s, rows.get());
                    if (++n % CLEAR_EVERY == 0) {
                        s.clear();
                    }
                    return r;
                }
            };
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false)
                    .onClose(() -> {
                        try {
                            rows.close();
                            if (tx.isActive()) {
                                tx.commit();
                            }
                        } finally {
                            s.close();
                        }
                    });
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }
}
