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
    private static final int CHUNK = 200;

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

    /** Every case, loaded a chunk of applicants at a time (three queries per chunk, not per case). */
    public Stream<CaseData> cases() {
        Session s = database.sessionFactory().openSession();
        try {
            s.setDefaultReadOnly(true);
            Transaction tx = s.beginTransaction();
            ScrollableResults<Applicant> rows = s.createSelectionQuery("from Applicant a order by a.id", Applicant.class)
                    .setFetchSize(CHUNK).scroll(ScrollMode.FORWARD_ONLY);
            Iterator<CaseData> it = new Iterator<>() {
                private final java.util.ArrayDeque<CaseData> ready = new java.util.ArrayDeque<>();
                private boolean done;

                @Override
                public boolean hasNext() {
                    if (ready.isEmpty() && !done) {
                        fill();
                    }
                    return !ready.isEmpty();
                }

                @Override
                public CaseData next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return ready.poll();
                }

                private void fill() {
                    s.clear();
                    List<Applicant> chunk = new java.util.ArrayList<>();
                    while (chunk.size() < CHUNK && rows.next()) {
                        chunk.add(rows.get());
                    }
                    if (chunk.size() < CHUNK) {
                        done = true;
                    }
                    if (!chunk.isEmpty()) {
                        ready.addAll(load(s, chunk));
                    }
                }
            };
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false)
                    .onClose(() -> close(s, tx, rows));
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    private static List<CaseData> load(Session s, List<Applicant> chunk) {
        List<ResumeVersion> versions = s.createSelectionQuery(
                "from ResumeVersion v where v.applicant in :as order by v.versionNo", ResumeVersion.class)
                .setParameter("as", chunk).getResultList();
        java.util.Map<Long, ScreeningFlag> flags = new java.util.HashMap<>();
        java.util.Map<Long, List<Finding>> findings = new java.util.HashMap<>();
        if (!versions.isEmpty()) {
            for (ScreeningFlag f : s.createSelectionQuery(
                    "select distinct f from ScreeningFlag f left join fetch f.evidence where f.resumeVersion in :vs",
                    ScreeningFlag.class).setParameter("vs", versions).getResultList()) {
                flags.put(f.getResumeVersion().getId(), f);
            }
            for (Finding f : s.createSelectionQuery(
                    "from Finding f where f.resumeVersion in :vs order by f.start, f.end", Finding.class)
                    .setParameter("vs", versions).getResultList()) {
                findings.computeIfAbsent(f.getResumeVersion().getId(), k -> new java.util.ArrayList<>()).add(f);
            }
        }
        java.util.Map<Long, List<VersionData>> byApplicant = new java.util.HashMap<>();
        for (ResumeVersion v : versions) {
            ScreeningFlag flag = flags.get(v.getId());
            byApplicant.computeIfAbsent(v.getApplicant().getId(), k -> new java.util.ArrayList<>()).add(new VersionData(v,
                    flag, flag == null ? List.of() : flag.getEvidence(), findings.getOrDefault(v.getId(), List.of())));
        }
        List<CaseData> out = new java.util.ArrayList<>();
        for (Applicant a : chunk) {
            out.add(new CaseData(a, byApplicant.getOrDefault(a.getId(), List.of())));
        }
        return out;
    }

    private static void close(Session s, Transaction tx, ScrollableResults<?> rows) {
        try {
            rows.close();
            if (tx.isActive()) {
                tx.commit();
            }
        } finally {
            s.close();
        }
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
