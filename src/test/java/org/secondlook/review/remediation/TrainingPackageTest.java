package org.secondlook.review.remediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.PublicKey;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.domain.RemediationState;
import org.secondlook.domain.Track;
import org.secondlook.exchange.pack.PackageParts;
import org.secondlook.exchange.pack.PackageVerifier;
import org.secondlook.exchange.pack.PublicKeys;
import org.secondlook.exchange.pack.VerifiedPackage;
import org.secondlook.review.ReviewSession;
import org.secondlook.review.accounts.KeyRing;
import org.secondlook.review.exchange.PackageMergeTarget.MergeReport;
import org.secondlook.review.remediation.RemediationService.MoveRequest;
import org.secondlook.ui.signoff.Office;

/**
 * Packages carry training records, on real encrypted installations: Denver and Newark both sign off S-1 (Denver
 * for the academy, Newark for the LEO program) and move their records differently. Headquarters verifies and
 * merges Denver's package, sees its progress, merges it again (nothing changes), merges a later one (the record
 * went further), then Newark's: a training conflict. Neither the merges nor choosing a decision in the
 * conflicts queue make a training record at headquarters, and each office's record is kept once.
 */
class TrainingPackageTest {
    static final String DENVER = "ERO Denver";
    static final String NEWARK = "ERO Newark";

    @TempDir
    Path dir;

    @Test
    void packagesCarryTrainingRecordsAndTwoOfficesMovingOneDifferentlyIsAConflict() throws Exception {
        Office hq = new Office(dir.resolve("hq"), 0, "Headquarters");
        Office denver = new Office(dir.resolve("denver"), 1, DENVER);
        Office newark = new Office(dir.resolve("newark"), 1, NEWARK);
        PublicKey hqKey;
        try (ReviewSession ada = hq.login("ada", Office.ADA)) {
            hqKey = ada.exports().keys().agreementKeys().getPublic();
        }
        signOff(denver, Track.ACADEMY, "NON_LE_OFFICER_TITLE");
        signOff(newark, Track.LEO, "LE_EXPERIENCE_VERIFIED");
        try (ReviewSession sam = denver.login("sam", Office.SAM)) {
            sam.remediation().move("S-1", MoveRequest.to(RemediationState.NOTIFIED));
        }
        PublicKey denverKey = pack(denver, hqKey, dir.resolve("denver-1.slpkg"));
        PublicKey newarkKey = pack(newark, hqKey, dir.resolve("newark.slpkg"));

        try (ReviewSession ada = hq.login("ada", Office.ADA)) {
            KeyRing keys = ada.exports().keys();
            keys.trust(DENVER, denverKey, new PublicKeys(DENVER, denverKey, hqKey).signingFingerprint());
            keys.trust(NEWARK, newarkKey, new PublicKeys(NEWARK, newarkKey, hqKey).signingFingerprint());
            try (VerifiedPackage p = verifier().verify(dir.resolve("denver-1.slpkg"), keys.trustedOffices(),
                    keys.agreementKeys().getPrivate(), keys.agreementKeys().getPublic())) {
                assertThat(p.manifest().part(PackageParts.TRAINING)).as("the training part is signed and listed")
                        .isPresent();
                assertThat(p.manifest().counts()).containsEntry(PackageParts.COUNT_TRAINING, 1L);
            }

            MergeReport first = merge(ada, dir.resolve("denver-1.slpkg"));
            assertThat(first.trainingMerged()).isEqualTo(1);
            assertThat(ada.remediation().officeRecords()).singleElement().satisfies(r -> {
                assertThat(r.applicantId()).isEqualTo("S-1");
                assertThat(r.office()).isEqualTo(DENVER);
                assertThat(r.action()).isEqualTo("ENROL");
                assertThat(r.state()).isEqualTo("NOTIFIED");
                assertThat(r.moves()).isEqualTo(2);
            });
            assertThat(merge(ada, dir.resolve("denver-1.slpkg")).changedNothing()).as("merging twice").isTrue();
        }

        // Denver schedules S-1; its next package carries the record further.
        try (ReviewSession sam = denver.login("sam", Office.SAM)) {
            sam.remediation().move("S-1", new MoveRequest(RemediationState.SCHEDULED, "BA-2026-14",
                    LocalDate.of(2026, 3, 9), null));
        }
        pack(denver, hqKey, dir.resolve("denver-2.slpkg"));
        try (ReviewSession ada = hq.login("ada", Office.ADA)) {
            assertThat(merge(ada, dir.resolve("denver-2.slpkg")).trainingMerged()).isEqualTo(1);
            assertThat(ada.remediation().officeRecords()).singleElement().satisfies(r -> {
                assertThat(r.state()).isEqualTo("SCHEDULED");
                assertThat(r.classNumber()).isEqualTo("BA-2026-14");
                assertThat(r.moves()).isEqualTo(3);
            });

            // Newark moved S-1's record its own way: a training conflict (and a decision conflict: another track).
            MergeReport newarkMerge = merge(ada, dir.resolve("newark.slpkg"));
            assertThat(newarkMerge.conflicts()).isEqualTo(2);
            assertThat(ada.remediation().officeConflicts()).singleElement().satisfies(c -> {
                assertThat(c.applicantId()).isEqualTo("S-1");
                assertThat(c.office()).isEqualTo(NEWARK);
                assertThat(c.otherOffice()).isEqualTo(DENVER);
                assertThat(c.state()).isEqualTo("IDENTIFIED");
                assertThat(c.otherState()).isEqualTo("SCHEDULED");
            });
            assertThat(merge(ada, dir.resolve("newark.slpkg")).changedNothing()).as("the conflict is raised once")
                    .isTrue();
            assertThat(ada.remediation().officeConflicts()).hasSize(1);
        }

        // A supervisor at headquarters takes Newark's decision: still no training record made here, each office's kept once.
        try (ReviewSession sam = hq.login("sam", Office.SAM)) {
            long conflict = sam.exports().conflicts().open().get(0).id();
            sam.exports().conflicts().resolve(conflict, true, "Newark checked the badge number.");
            assertThat(sam.remediation().list(RemediationService.ListQuery.all())).as("no record made at headquarters")
                    .isEmpty();
            assertThat(sam.remediation().status().records()).isZero();
            assertThat(sam.remediation().officeRecords()).extracting(OfficeTraining.Record::office)
                    .containsExactly(DENVER, NEWARK);
        }
        try (ReviewSession ada = hq.login("ada", Office.ADA)) {
            assertThat(merge(ada, dir.resolve("denver-2.slpkg")).changedNothing()).isTrue();
            // (Newark's sign-off now merges onto the decision chosen above; the training record stays as it was.)
            MergeReport again = merge(ada, dir.resolve("newark.slpkg"));
            assertThat(again.trainingMerged()).isZero();
            assertThat(again.conflicts()).isZero();
            assertThat(ada.remediation().officeRecords()).hasSize(2);
            assertThat(ada.remediation().officeConflicts()).hasSize(1);
            assertThat(ada.remediation().list(RemediationService.ListQuery.all())).isEmpty();
            assertThat(ada.verifyAudit().ok()).isTrue();
        }
    }

    private static void signOff(Office office, Track track, String reason) throws Exception {
        TrainingConflictOffices.signOff(office, "S-1", track, reason);
    }

    private static PublicKey pack(Office office, PublicKey hqKey, Path pkg) throws Exception {
        return TrainingConflictOffices.pack(office, hqKey, pkg);
    }

    private static PackageVerifier verifier() {
        return TrainingConflictOffices.verifier();
    }

    private static MergeReport merge(ReviewSession ada, Path pkg) {
        return TrainingConflictOffices.merge(ada, pkg);
    }
}
