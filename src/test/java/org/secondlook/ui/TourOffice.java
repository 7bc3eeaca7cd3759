package org.secondlook.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.secondlook.analysis.Analyzer;
import org.secondlook.app.WorkstationFactory;
import org.secondlook.domain.QueueQuery;
import org.secondlook.domain.ReviewState;
import org.secondlook.domain.Role;
import org.secondlook.domain.Track;
import org.secondlook.review.Fixtures;
import org.secondlook.review.LocalWorkstation;
import org.secondlook.review.ReviewSession;

/**
 * The office the screenshot tour and the readability checks open: lee (administrator, supervisor and
 * reviewer), rita (reviewer), 60 cases, four decided by rita, one of them signed off by lee.
 */
final class TourOffice {
    static final char[] LEE_PW = "granite orchard whistle".toCharArray();
    static final char[] RITA_PW = "silver canyon notebook".toCharArray();
    static final char[] ROB_PW = "amber lantern meadow".toCharArray();

    private TourOffice() {
    }

    static LocalWorkstation open(Path data) throws Exception {
        LocalWorkstation ws = new WorkstationFactory(Analyzer.withDefaultPolicy(), Duration.ofMillis(50)).open(data);
        ws.initialize(Fixtures.ADMIN, Fixtures.PASSWORD, "Denver Field Office");
        List<String> ids;
        try (ReviewSession admin = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            admin.accounts().add("lee", EnumSet.of(Role.ADMIN, Role.SUPERVISOR, Role.REVIEWER), LEE_PW.clone());
            admin.accounts().add("rita", EnumSet.of(Role.REVIEWER), RITA_PW.clone());
            var rows = Fixtures.applicants(60, 7);
            Fixtures.importRecords(admin, rows);
            ids = rows.stream().map(r -> r.applicantId()).toList();
        }
        try (ReviewSession rita = ws.login("rita", RITA_PW)) {
            for (String id : ids.subList(0, 4)) {
                rita.decisions().decide(id, Track.ACADEMY, "NON_LE_OFFICER_TITLE", "Bank compliance role.",
                        rita.cases().load(id).lockVersion());
            }
        }
        try (ReviewSession lee = ws.login("lee", LEE_PW)) {
            lee.signOffs().approve(ids.get(0), lee.cases().load(ids.get(0)).lockVersion());
        }
        return ws;
    }

    /**
     * The office with a QA disagreement waiting for lee: rita decided two new cases LEO, lee signed both
     * off, and rob's blind second review of the second chose the academy.
     */
    static LocalWorkstation withDisagreement(Path data) throws Exception {
        LocalWorkstation ws = open(data);
        try (ReviewSession admin = ws.login(Fixtures.ADMIN, Fixtures.PASSWORD)) {
            admin.accounts().add("rob", EnumSet.of(Role.REVIEWER), ROB_PW.clone());
        }
        List<String> ids;
        try (ReviewSession lee = ws.login("lee", LEE_PW)) {
            ids = lee.cases().queue(QueueQuery.all(0, 60)).rows().stream()
                    .filter(r -> r.state() == ReviewState.NEW).map(r -> r.applicantId()).toList();
        }
        List<String> open = new ArrayList<>(ids.subList(0, 2));
        try (ReviewSession rita = ws.login("rita", RITA_PW)) {
            for (String id : open) {
                rita.decisions().decide(id, Track.LEO, "LE_EXPERIENCE_VERIFIED", "Patrol officer 2009-2019, sworn.",
                        rita.cases().load(id).lockVersion());
            }
        }
        try (ReviewSession lee = ws.login("lee", LEE_PW)) {
            for (String id : open) {
                lee.signOffs().approve(id, lee.cases().load(id).lockVersion());
            }
        }
        try (ReviewSession rob = ws.login("rob", ROB_PW)) {
            rob.qa().answer(open.get(1), Track.ACADEMY, "NON_LE_OFFICER_TITLE");
        }
        return ws;
    }
}
