package org.secondlook.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.secondlook.domain.EvidenceSpan;

/**
 * Table {@code case_term}: the tool's evidence terms (lower case, each once) on the current résumé version of a
 * LEO-labelled case — the "officer" phrases behind its label — written with the version, so that the oversight
 * figures count phrases in one pass instead of joining versions, flags and evidence (migration V30).
 */
public final class CaseTerms {
    private static final int CHUNK = 500;

    private CaseTerms() {
    }

    /** The terms a new current version with this label and evidence gives its case (none unless labelled LEO). */
    public static Set<String> of(String label, List<EvidenceSpan> evidence) {
        Set<String> out = new TreeSet<>();
        if ("LEO".equals(label) && evidence != null) {
            for (EvidenceSpan e : evidence) {
                if (e.getTerm() != null) {
                    out.add(e.getTerm().toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /** Replaces the terms of the cases in {@code terms} (by case id) with the ones given. */
    public static void replace(Connection c, Map<Long, Set<String>> terms) throws SQLException {
        delete(c, terms.keySet());
        try (PreparedStatement insert = c.prepareStatement("insert into case_term (applicant_id, term) values (?, ?)")) {
            for (Map.Entry<Long, Set<String>> e : terms.entrySet()) {
                for (String term : e.getValue()) {
                    insert.setLong(1, e.getKey());
                    insert.setString(2, term);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** Recomputes one case's terms from its current version as stored (after a merge added versions). */
    public static void refresh(Connection c, long applicantId) throws SQLException {
        delete(c, List.of(applicantId));
        try (PreparedStatement insert = c.prepareStatement("insert into case_term (applicant_id, term)"
                + " select distinct a.id, lower(e.term) from applicant a"
                + " join resume_version v on v.applicant_id = a.id and v.version_no = a.current_version"
                + " join screening_flag f on f.resume_version_id = v.id and f.label = 'LEO'"
                + " join evidence_span e on e.flag_id = f.id"
                + " where a.id = ? and a.classifier_label = 'LEO' and e.term is not null")) {
            insert.setLong(1, applicantId);
            insert.executeUpdate();
        }
    }

    private static void delete(Connection c, Collection<Long> ids) throws SQLException {
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Long> part = all.subList(from, Math.min(all.size(), from + CHUNK));
            String marks = String.join(", ", Collections.nCopies(part.size(), "?"));
            try (PreparedStatement delete = c.prepareStatement("delete from case_term where applicant_id in (" + marks + ")")) {
                for (int i = 0; i < part.size(); i++) {
                    delete.setLong(i + 1, part.get(i));
                }
                delete.executeUpdate();
            }
        }
    }
}
