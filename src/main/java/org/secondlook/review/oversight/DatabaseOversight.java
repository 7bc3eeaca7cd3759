package org.secondlook.review.oversight;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.secondlook.domain.User;
import org.secondlook.review.Permission;
import org.secondlook.review.PermissionDeniedException;
import org.secondlook.store.Database;
import org.secondlook.store.DecisionWriter;
import org.secondlook.store.MetricsReader;

/**
 * The oversight figures from the database, as one user: the role is checked against the account as
 * stored now. Decisions per day cover the days from {@code --since} (at most a year) or, without it,
 * the last {@value #DEFAULT_DAYS} days up to today (or {@code until}), in the office's time zone.
 */
public final class DatabaseOversight implements OversightService {
    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 366;
    static final String DISABLED = "This account is disabled: a disabled account can do nothing.";

    private final Database db;
    private final String user;
    private final Clock clock;
    private final List<FigureSource> extra;

    public DatabaseOversight(Database db, String user, Clock clock, List<FigureSource> extra) {
        this.db = db;
        this.user = user;
        this.clock = clock;
        this.extra = List.copyOf(extra);
    }

    @Override
    public Metrics metrics(MetricsScope scope) {
        require(db, user, Permission.METRICS);
        long t0 = System.nanoTime();
        ZoneId zone = clock.getZone();
        MetricsReader.Scope s = new MetricsReader.Scope(scope.office(),
                scope.since() == null ? null : scope.since().atStartOfDay(zone).toInstant(),
                scope.until() == null ? null : scope.until().plusDays(1).atStartOfDay(zone).toInstant());
        MetricsReader reader = new MetricsReader(db);
        LocalDate today = LocalDate.now(clock);
        List<LocalDate> days = days(scope.since(), scope.until() == null || scope.until().isAfter(today) ? today
                : scope.until());
        List<java.time.Instant> bounds = new ArrayList<>();
        days.forEach(d -> bounds.add(d.atStartOfDay(zone).toInstant()));
        bounds.add(days.get(days.size() - 1).plusDays(1).atStartOfDay(zone).toInstant());
        List<Figure> figures = new ArrayList<>(MetricsFigures.of(new MetricsFigures.Inputs(reader.groups(s),
                reader.toDecision(s), reader.toSignOff(s), reader.signOffsByReviewer(s), days,
                reader.decisionsBetween(s, bounds), reader.openAt(s, bounds))));
        for (FigureSource source : extra) {
            figures.addAll(source.figures(scope));
        }
        return new Metrics(figures, (System.nanoTime() - t0) / 1_000_000);
    }

    /** The days the per-day series covers, oldest first, ending on {@code last} (never empty). */
    static List<LocalDate> days(LocalDate since, LocalDate last) {
        LocalDate today = last;
        LocalDate first = since == null ? today.minusDays(DEFAULT_DAYS - 1L) : since;
        if (first.isAfter(today)) {
            first = today;
        }
        if (ChronoUnit.DAYS.between(first, today) >= MAX_DAYS) {
            first = today.minusDays(MAX_DAYS - 1L);
        }
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            out.add(d);
        }
        return out;
    }

    /** The account as stored now: refused unless it exists, is enabled and holds a role allowing {@code p}. */
    static User require(Database db, String user, Permission p) {
        User u = DecisionWriter.inTransaction(db, w -> w.user(user)).orElse(null);
        if (u == null || !u.isEnabled()) {
            throw new PermissionDeniedException(DISABLED);
        }
        p.require(u.getRoles());
        return u;
    }
}
