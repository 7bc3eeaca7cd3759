package org.secondlook.review.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.secondlook.domain.Applicant;
import org.secondlook.domain.ClassifierLabel;
import org.secondlook.domain.Decision;
import org.secondlook.domain.EvidenceSpan;
import org.secondlook.domain.Finding;
import org.secondlook.domain.ResumeVersion;
import org.secondlook.domain.ReviewState;
import org.secondlook.domain.ScreeningFlag;
import org.secondlook.domain.SignOff;
import org.secondlook.domain.Track;
import org.secondlook.store.Database;
import org.secondlook.store.MergeWriter;
import org.secondlook.review.InvalidInputException;
import org.secondlook.review.SearchCatchUp;
import org.secondlook.review.accounts.DatabaseKeyRing;
import org.secondlook.review.audit.ChainHead;

/**
 * Headquarters' merge into this database, in one transaction (see {@link PackageMergeTarget} for
 * the rules): new cases and résumé versions are added, decisions are identified by their office
 * reference, a different decision on an already decided case goes to the conflicts queue, the
 * office's audit events are kept with their own hashes and the office's chain head is remembered.
 */
final class DatabasePackageMerge implements PackageMergeTarget {
    private final Database db;
    private final String user;
    private final Clock clock;

    DatabasePackageMerge(Database db, String user, Clock clock) {
        this.db = db;
        this.user = user;
        this.clock = clock;
    }

    @Override
    public MergeReport merge(String office, ChainHead newHead, Feed feed) throws IOException {
        long[] n = new long[9];
        java.util.Map<String, String> officeStates = new java.util.HashMap<>();
        try {
            MergeWriter.inOneTransaction(db, w -> {
                Instant now = clock.instant();
                try {
                    feed.into(new Sink() {
                        @Override
                        public void acceptCase(CaseRecord c) {
                            if (mergeCase(w, c, n)) {
                                officeStates.put(c.applicantId(), c.state());
                            }
                        }

                        @Override
                        public void acceptDecision(DecisionRecord d) {
                            mergeDecision(w, office, d, now, n);
                        }

                        @Override
                        public void acceptTraining(TrainingRecord t) {
                            switch (TrainingMerge.merge(w, office, t, now)) {
                                case MERGED -> n[8]++;
                                case CONFLICT -> n[5]++;
                                case UNCHANGED -> n[6]++;
                            }
                        }

                        @Override
                        public void acceptAuditEvent(AuditRecord e) {
                            if (w.officeEvent(office, e.seq(), e.occurredAtInstant(), e.actor(), e.type(), e.subject(),
                                    e.details(), e.prevHash(), e.hash())) {
                                n[4]++;
                            }
                        }
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                followOfficeStates(w, office, officeStates, now, n);
                w.setting(DatabaseKeyRing.officeKey(DatabaseKeyRing.MERGED_PREFIX, office),
                        office + "\n" + newHead.seq() + ":" + newHead.hash());
                MergeReport r = report(n);
                if (!r.changedNothing()) {
                    w.audit(now, user, "MERGE", "package from " + office + ": " + r.casesAdded() + " cases, "
                            + r.versionsAdded() + " versions, " + r.decisionsAdded() + " decisions, "
                            + r.signOffsAdded() + " sign-offs, " + r.auditEventsAdded() + " office events, "
                            + r.conflicts() + " conflicts, " + r.trainingMerged() + " training records; chain head "
                            + newHead.seq());
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        SearchCatchUp.run(db);
        return report(n);
    }

    private static MergeReport report(long[] n) {
        return new MergeReport(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8]);
    }

    /**
     * Moves known cases to the state they have at {@code office}, where the decision in force here came
     * from that office (or there is none) and the transition is allowed.
     */
    private static void followOfficeStates(MergeWriter w, String office, java.util.Map<String, String> states,
                                           Instant now, long[] n) {
        w.flush();
        states.forEach((id, code) -> {
            ReviewState target = ReviewState.fromCode(code);
            Applicant a = w.applicant(id).orElseThrow();
            if (a.getState() == target || !a.getState().canMoveTo(target)) {
                return;
            }
            boolean fromThatOffice = w.activeDecision(a)
                    .map(d -> w.originOf(d).map(r -> r.startsWith(office + "#")).orElse(false)).orElse(true);
            if (fromThatOffice) {
                a.moveTo(target, now);
                n[7]++;
            }
        });
    }

    /** @return true when the case was known here already (its state may follow the office's) */
    private static boolean mergeCase(MergeWriter w, CaseRecord c, long[] n) {
        Optional<Applicant> known = w.applicant(c.applicantId());
        if (known.isEmpty()) {
            Applicant a = new Applicant(c.applicantId(), c.fullName(), c.classifierLabel(), instant(c.importedAt()));
            a.setEmail(c.email());
            a.setPhone(c.phone());
            a.setFieldOffice(c.fieldOffice());
            if (c.employmentStatus() != null) {
                a.setEmploymentStatus(c.employmentStatus());
            }
            a.setHireDate(c.hireDate() == null ? null : LocalDate.parse(c.hireDate()));
            a.setExtraAttributes(c.extraAttributes());
            a.setAnalysis(c.verdict(), c.leMonths(), c.risk());
            a.setCurrentVersion(c.currentVersion());
            reach(a, ReviewState.fromCode(c.state()), instant(c.updatedAt()));
            w.persist(a);
            for (CaseRecord.ResumeVersionRecord v : c.resumeVersions()) {
                addVersion(w, a, v, v.versionNo());
                if (v.versionNo() == c.currentVersion()) {
                    leoTerms(a, v);
                }
                n[1]++;
            }
            n[0]++;
            return false;
        }
        Applicant a = known.get();
        List<ResumeVersion> versions = w.versions(a);
        Set<String> have = versions.stream().map(ResumeVersion::getSha256).collect(Collectors.toSet());
        int next = versions.stream().mapToInt(ResumeVersion::getVersionNo).max().orElse(0) + 1;
        boolean added = false;
        for (CaseRecord.ResumeVersionRecord v : c.resumeVersions()) {
            if (have.add(v.sha256())) {
                addVersion(w, a, v, next++);
                leoTerms(a, v); // the last one added becomes the current version
                n[1]++;
                added = true;
            }
        }
        if (added) {
            a.setCurrentVersion(next - 1);
            a.setAnalysis(c.verdict(), c.leMonths(), c.risk());
        } else {
            n[6]++;
        }
        return true;
    }

    /** The tool's evidence terms of the case's new current version, for the oversight figures. */
    private static void leoTerms(Applicant a, CaseRecord.ResumeVersionRecord v) {
        List<EvidenceSpan> spans = new ArrayList<>();
        if (v.toolEvidence() != null) {
            v.toolEvidence().forEach(e -> spans.add(new EvidenceSpan(e.start(), e.end(), e.term())));
        }
        a.setLeoTerms(org.secondlook.store.LeoTerms.of(a.getClassifierLabel(), v.toolLabel(), spans));
    }

    private static void addVersion(MergeWriter w, Applicant a, CaseRecord.ResumeVersionRecord v, int no) {
        ResumeVersion rv = new ResumeVersion(a, no, v.text(), v.sourceFile(), v.sourceType(), v.sha256(),
                instant(v.importedAt()));
        w.persist(rv);
        if (v.toolLabel() != null) {
            List<EvidenceSpan> spans = new ArrayList<>();
            v.toolEvidence().forEach(e -> spans.add(new EvidenceSpan(e.start(), e.end(), e.term()).quoting(v.text())));
            w.persist(new ScreeningFlag(rv, ClassifierLabel.valueOf(v.toolLabel()), v.toolScore(), v.toolModel(), spans));
        }
        v.findings().forEach(f -> w.persist(Finding.quoting(rv, v.text(), f.start(), f.end(), f.category(),
                f.explanation())));
    }

    private void mergeDecision(MergeWriter w, String office, DecisionRecord d, Instant now, long[] n) {
        if (w.decisionMerged(d.ref())) {
            long before = n[3];
            w.mergedDecision(d.ref()).ifPresent(local -> mergeSignOffs(w, d, local, n));
            if (n[3] == before) {
                n[6]++;
            }
            return;
        }
        Applicant a = w.applicant(d.applicantId()).orElseThrow(() -> new InvalidInputException(
                "The package's decision " + d.ref() + " is about case " + d.applicantId()
                        + ", which the package does not hold; nothing was merged."));
        Track track = Track.valueOf(d.track());
        Optional<Decision> current = d.active() ? w.activeDecision(a) : Optional.empty();
        if (current.isPresent()) {
            Decision cur = current.get();
            boolean sameOutcome = cur.getTrack() == track && cur.getReasonCode().equals(d.reasonCode());
            boolean supersedesOwn = d.supersedesRef() != null
                    && w.originOf(cur).map(d.supersedesRef()::equals).orElse(false);
            if (!sameOutcome && !supersedesOwn) {
                w.conflict(a.getApplicantId(), office, d.ref(), d.track(), d.reasonCode(), d.note(), d.decidedBy(),
                        instant(d.decidedAt()), cur.getId(), now);
                w.markDecisionMerged(d.ref(), null);
                n[5]++;
                return;
            }
            if (supersedesOwn) {
                cur.deactivate();
            }
        }
        boolean keepActive = d.active() && (current.isEmpty() || !current.get().isActive());
        Decision x = new Decision(a, d.resumeVersionNo(), track, d.reasonCode(), d.note(), d.decidedBy(),
                instant(d.decidedAt()), d.supersedesRef() == null ? null
                : w.mergedDecision(d.supersedesRef()).map(Decision::getId).orElse(null));
        if (!keepActive) {
            x.deactivate();
        }
        w.persist(x);
        w.flush();
        w.markDecisionMerged(d.ref(), x.getId());
        if (keepActive) {
            a.setLastDecision(d.decidedBy(), instant(d.decidedAt()));
        }
        n[2]++;
        mergeSignOffs(w, d, x, n);
    }

    private static void mergeSignOffs(MergeWriter w, DecisionRecord d, Decision local, long[] n) {
        for (DecisionRecord.SignOffRecord so : d.signOffs()) {
            String key = d.ref() + "|" + so.signedAt() + "|" + so.signedBy() + "|" + so.outcome();
            if (w.signOffMerged(key)) {
                continue;
            }
            SignOff s = new SignOff(local, SignOff.Outcome.valueOf(so.outcome()), so.comment(), so.signedBy(),
                    instant(so.signedAt()));
            w.persist(s);
            w.flush();
            w.markSignOffMerged(key, s.getId());
            n[3]++;
        }
    }

    /** Moves a new case along the allowed transitions to the state it has at its office. */
    private static void reach(Applicant a, ReviewState target, Instant at) {
        switch (target) {
            case NEW -> { }
            case REFERRED -> a.moveTo(ReviewState.REFERRED, at);
            case DECIDED -> a.moveTo(ReviewState.DECIDED, at);
            case RETURNED, SIGNED_OFF -> {
                a.moveTo(ReviewState.DECIDED, at);
                a.moveTo(target, at);
            }
        }
    }

    private static Instant instant(String iso) {
        return iso == null ? null : Instant.parse(iso);
    }
}
