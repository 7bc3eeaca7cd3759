package org.secondlook.review.exchange;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.secondlook.domain.ReviewState;
import org.secondlook.domain.Role;
import org.secondlook.domain.Track;
import org.secondlook.review.accounts.KeyRing;
import org.secondlook.store.ExchangeReader;
import org.secondlook.store.SettingsStore;
import org.secondlook.store.AccountStore;
import org.secondlook.store.Database;
import org.secondlook.store.ExportReader;
import org.secondlook.review.Permission;
import org.secondlook.review.accounts.DatabaseKeyRing;
import org.secondlook.review.cases.Span;

/** Export rows from the store, as the logged-in user (admin or supervisor). */
public final class DatabaseExports implements Exports {
    private final Database db;
    private final String user;
    private final Set<Role> roles;
    private final Clock clock;
    private final String office;

    public DatabaseExports(Database db, String user, Set<Role> roles, String office, Clock clock) {
        this.office = office;
        this.db = db;
        this.user = user;
        this.roles = roles;
        this.clock = clock;
    }

    @Override
    public ExportSource workbook(ExportFilter filter) {
        Permission.EXPORT.require(roles);
        ExportReader reader = new ExportReader(db);
        ExportReader.Scope scope = new ExportReader.Scope(
                filter.states().stream().map(ReviewState::code).collect(Collectors.toSet()), filter.office(),
                filter.since() == null ? null : filter.since().atStartOfDay(clock.getZone()).toInstant());
        return new ExportSource() {
            @Override
            public Stream<DecisionRow> decisions() {
                return reader.decisions(scope).map(DatabaseExports::decisionRow);
            }

            @Override
            public Stream<EvidenceRow> evidence() {
                Stream<EvidenceRow> tool = reader.toolEvidence(scope).map(r -> new EvidenceRow((String) r[0],
                        Span.TOOL_EVIDENCE, (Integer) r[1], (Integer) r[2], (String) r[3],
                        r[4] == null ? null : "The screening tool matched \u201c" + r[4] + "\u201d."));
                Stream<EvidenceRow> findings = reader.findings(scope).map(r -> new EvidenceRow((String) r[0],
                        (String) r[1], (Integer) r[2], (Integer) r[3], (String) r[4], (String) r[5]));
                return Stream.concat(tool, findings);
            }

            @Override
            public Stream<AuditRow> auditEvents() {
                return reader.auditEvents(scope).map(r -> new AuditRow((Long) r[0], (Instant) r[1], (String) r[2],
                        (String) r[3], (String) r[4], (String) r[5], (String) r[6]));
            }

            @Override
            public long expectedDecisionRows() {
                return reader.countCases(scope);
            }
        };
    }

    static DecisionRow decisionRow(Object[] r) {
        Track track = (Track) r[6];
        ReviewState state = (ReviewState) r[13];
        return new DecisionRow((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (Integer) r[5], track == null ? null : track.name(), (String) r[7], (String) r[8], (String) r[9],
                (Instant) r[10], (String) r[11], (Instant) r[12], state == null ? null : state.code());
    }

    @Override
    public PackageSource packageSource() {
        Permission.EXPORT.require(roles);
        return new DatabasePackageSource(new ExchangeReader(db), office, workbook(ExportFilter.ALL));
    }

    @Override
    public KeyRing keys() {
        return new DatabaseKeyRing(new SettingsStore(db), user, roles, clock);
    }

    @Override
    public PackageMergeTarget merges() {
        Permission.MERGE_PACKAGES.require(roles);
        return new DatabasePackageMerge(db, user, clock);
    }

    @Override
    public org.secondlook.review.exchange.MergeConflicts conflicts() {
        return new DatabaseMergeConflicts(db, user, roles, clock);
    }

    @Override
    public void recordExport(String details) {
        Permission.EXPORT.require(roles);
        new AccountStore(db).audit(clock.instant(), user, "EXPORT", null, details);
    }
}
