package org.secondlook.review;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.secondlook.domain.Role;
import org.secondlook.review.audit.AuditTrail;

/**
 * A real store (the encrypted data directory, or a database on the test cluster) with an office's people: the administrator ada, supervisors sam
 * and sue, reviewers rita and rob, and {@code cases} imported applicants A0000001, A0000002, …
 */
final class Team {
    static final char[] SAM_PW = "a long supervisor phrase here".toCharArray();
    static final char[] SUE_PW = "keeps a quiet garden path".toCharArray();
    static final char[] RITA_PW = "reads every resume twice".toCharArray();
    static final char[] ROB_PW = "walks to the harbour daily".toCharArray();

    final Workstation ws;
    final List<String> ids;

    Team(Path dir, int cases) throws Exception {
        this(dir, cases, org.secondlook.store.StoreKind.H2);
    }

    /** The team on {@code kind}: the encrypted file in {@code dir}, or a fresh database on the test cluster. */
    Team(Path dir, int cases, org.secondlook.store.StoreKind kind) throws Exception {
        ws = Fixtures.initialized(dir, kind);
        try (ReviewSession admin = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            admin.accounts().add("sam", EnumSet.of(Role.SUPERVISOR), SAM_PW);
            admin.accounts().add("sue", EnumSet.of(Role.SUPERVISOR, Role.REVIEWER), SUE_PW);
            admin.accounts().add("rita", EnumSet.of(Role.REVIEWER), RITA_PW);
            admin.accounts().add("rob", EnumSet.of(Role.REVIEWER), ROB_PW);
            Fixtures.importRecords(admin, Fixtures.applicants(cases, 7));
        }
        ids = Fixtures.applicants(cases, 7).stream().map(r -> r.applicantId()).toList();
    }

    ReviewSession ada() throws AuthenticationException {
        return ws.login(Fixtures.ADMIN, Fixtures.PASSWORD);
    }

    ReviewSession sam() throws AuthenticationException {
        return ws.login("sam", SAM_PW);
    }

    ReviewSession sue() throws AuthenticationException {
        return ws.login("sue", SUE_PW);
    }

    ReviewSession rita() throws AuthenticationException {
        return ws.login("rita", RITA_PW);
    }

    ReviewSession rob() throws AuthenticationException {
        return ws.login("rob", ROB_PW);
    }

    static long version(ReviewSession s, String id) {
        return s.cases().load(id).lockVersion();
    }

    static org.secondlook.domain.ReviewState state(ReviewSession s, String id) {
        return s.cases().load(id).summary().state();
    }

    /** Audit events about one case, oldest first, as "actor TYPE". */
    static List<String> eventsAbout(ReviewSession s, String id) {
        List<AuditTrail.Entry> e = new java.util.ArrayList<>(s.audit().events(
                new AuditTrail.Query(null, null, id, null, null, null, 100)));
        java.util.Collections.reverse(e);
        return e.stream().map(x -> x.actor() + " " + x.type()).toList();
    }

    /** Types of all events whose type starts with {@code prefix}, oldest first. */
    static List<String> eventsOfType(ReviewSession s, String prefix) {
        List<AuditTrail.Entry> e = new java.util.ArrayList<>(s.audit().events(AuditTrail.Query.all(10_000)));
        java.util.Collections.reverse(e);
        return e.stream().map(AuditTrail.Entry::type).filter(t -> t.startsWith(prefix)).toList();
    }

    static long eventCount(ReviewSession s) {
        return s.audit().verify().events();
    }
}
