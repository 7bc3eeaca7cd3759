package org.secondlook.exchange.pack;
import org.secondlook.review.exchange.PackageRejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.review.exchange.AuditRecord;
import org.secondlook.review.audit.ChainHead;
import org.secondlook.review.exchange.PackageMergeTarget;

class PackageMergerTest {
    @TempDir
    Path dir;

    private final PackageFixture fx = new PackageFixture();
    private final PackageMerger merger = new PackageMerger(fx.verifier);

    /** Stages what it is fed and keeps it only when the whole feed went through, as a transaction would. */
    private static final class StagingTarget implements PackageMergeTarget {
        final List<Object> committed = new ArrayList<>();
        ChainHead head;
        int calls;

        @Override
        public MergeReport merge(String office, ChainHead newHead, Feed feed) throws IOException {
            calls++;
            List<Object> staged = new ArrayList<>();
            feed.into(new Sink() {
                @Override
                public void acceptCase(org.secondlook.review.exchange.CaseRecord c) {
                    staged.add(c);
                }

                @Override
                public void acceptDecision(org.secondlook.review.exchange.DecisionRecord d) {
                    staged.add(d);
                }

                @Override
                public void acceptAuditEvent(AuditRecord e) {
                    staged.add(e);
                }
            });
            committed.addAll(staged);
            head = newHead;
            return new MergeReport(0, 0, 0, 0, staged.size(), 0, 0, 0);
        }
    }

    @Test
    void aVerifiedPackageIsFedWholeWithItsChainHead() throws IOException {
        List<AuditRecord> events = PackageFixture.chain(3, "");
        Path file = fx.write(dir.resolve("p.slpkg"), events);
        StagingTarget target = new StagingTarget();

        merger.merge(file, fx.trust, fx.hq.getPrivate(), fx.hq.getPublic(), target);

        assertThat(target.head).isEqualTo(PackageFixture.headOf(events));
        assertThat(target.committed).filteredOn(AuditRecord.class::isInstance).containsExactlyElementsOf(events);
        assertThat(target.committed).filteredOn(org.secondlook.review.exchange.CaseRecord.class::isInstance)
                .singleElement().extracting("fullName").isEqualTo("Ana Ruiz");
        assertThat(target.committed).filteredOn(org.secondlook.review.exchange.DecisionRecord.class::isInstance).hasSize(1);
    }

    @Test
    void aTamperedPackageNeverReachesTheStore() throws IOException {
        List<AuditRecord> events = PackageFixture.chain(3, "");
        Path file = fx.write(dir.resolve("p.slpkg"), events);
        PackageFixture.rewrite(file, entries -> {
            entries.get(PackageParts.AUDIT)[40] ^= 1;
            return entries;
        });
        StagingTarget target = new StagingTarget();

        assertThatThrownBy(() -> merger.merge(file, fx.trust, fx.hq.getPrivate(), fx.hq.getPublic(), target))
                .isInstanceOf(PackageRejectedException.class).hasMessageContaining("audit.jsonl.gz.enc was changed");
        assertThat(target.calls).isZero();
    }
}
