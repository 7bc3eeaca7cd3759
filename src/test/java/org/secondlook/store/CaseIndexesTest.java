package org.secondlook.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every index on the case table is written for each imported case and built again after a large import (issue
 * 17), so none may be a leading part of another, which would answer the same lookups; the filters still find
 * their cases through an index.
 */
class CaseIndexesTest {
    @TempDir
    Path dir;

    @Test
    void noIndexOfTheCaseTableIsALeadingPartOfAnother() {
        try (Database db = StoreFixture.newDatabase(dir)) {
            Map<String, List<String>> indexes = db.jdbc(c -> {
                Map<String, List<String>> out = new LinkedHashMap<>();
                try (PreparedStatement q = c.prepareStatement("select c.index_name, c.column_name, c.ordering_specification "
                        + "from information_schema.index_columns c where c.table_schema = schema() and c.table_name = 'APPLICANT' "
                        + "order by c.index_name, c.ordinal_position"); ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        out.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2) + " " + r.getString(3));
                    }
                }
                return out;
            });
            Map<String, String> plain = db.jdbc(c -> DeferredIndexes.plainIndexes(c, "applicant"));
            assertThat(plain).containsKeys("IX_APPLICANT_OVERSIGHT", "IX_APPLICANT_QUEUE");
            for (String name : plain.keySet()) {
                List<String> columns = indexes.get(name);
                indexes.forEach((other, otherColumns) -> {
                    if (!other.equals(name) && otherColumns.size() >= columns.size()) {
                        assertThat(otherColumns.subList(0, columns.size()))
                                .as("%s is a leading part of %s", name, other).isNotEqualTo(columns);
                    }
                });
            }
        }
    }

    @Test
    void theOfficeFilterReadsAnIndexNotTheCaseRows() {
        try (Database db = StoreFixture.newDatabase(dir)) {
            String plan = db.jdbc(c -> {
                try (PreparedStatement q = c.prepareStatement(
                        "explain select count(*) from applicant a where a.field_office = 'Office 3'");
                     ResultSet r = q.executeQuery()) {
                    r.next();
                    return r.getString(1);
                }
            });
            assertThat(plan).contains("IX_APPLICANT_OVERSIGHT: FIELD_OFFICE = ").doesNotContain("tableScan");
        }
    }
}
