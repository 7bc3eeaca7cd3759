package org.secondlook.store;

import org.secondlook.domain.QueueQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * How many cases each mix of label, verdict, state, office and reviewer has: one pass over the facets
 * index, kept until the database changes ({@link KeptUntilChange}). Any filter on those five columns is
 * then counted in memory.
 */
final class FacetCounts {
    private record Group(String label, String verdict, String state, String office, String decidedBy, long count) {
        boolean matches(QueueQuery f) {
            return (f.states().isEmpty() || f.states().stream().anyMatch(s -> s.code().equals(state)))
                    && same(f.office(), office) && same(nameOf(f.classifierLabel()), label)
                    && same(nameOf(f.verdict()), verdict) && same(f.reviewer(), decidedBy);
        }

        private static String nameOf(Enum<?> value) {
            return value == null ? null : value.name();
        }

        private static boolean same(String wanted, String value) {
            return wanted == null || wanted.isBlank() || wanted.equals(value);
        }
    }

    private final KeptUntilChange<List<Group>> groups = new KeptUntilChange<>(FacetCounts::load);

    /** Whether {@code f} filters on these columns only (no search, no import dates). */
    static boolean answers(QueueQuery f) {
        return (f.search() == null || f.search().isBlank()) && f.importedFrom() == null && f.importedTo() == null;
    }

    long count(Connection c, QueueQuery f) throws SQLException {
        long n = 0;
        for (Group g : groups.get(c)) {
            if (g.matches(f)) {
                n += g.count();
            }
        }
        return n;
    }

    /** Every case counted by state, by label and by office, from the same one pass (nothing kept). */
    static CaseTotals totals(Connection c) throws SQLException {
        List<Group> all = load(c);
        return new CaseTotals(sum(all, Group::state), sum(all, Group::label), sum(all, Group::office));
    }

    private static java.util.Map<String, Long> sum(List<Group> groups, java.util.function.Function<Group, String> key) {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        for (Group g : groups) {
            String k = key.apply(g);
            out.merge(k == null ? "" : k, g.count(), Long::sum);
        }
        return out;
    }

    private static List<Group> load(Connection c) throws SQLException {
        List<Group> out = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("select classifier_label, verdict, state, field_office, decided_by, "
                + "count(*) from applicant group by classifier_label, verdict, state, field_office, decided_by");
             ResultSet r = q.executeQuery()) {
            while (r.next()) {
                out.add(new Group(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getLong(6)));
            }
        }
        return out;
    }
}
