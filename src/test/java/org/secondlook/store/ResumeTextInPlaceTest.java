package org.secondlook.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * H2 keeps a résumé text of up to 32,000 bytes in its row (V87, issue 17: the import no longer streams each text
 * through a temporary large object); longer texts still go to the large-object store. Both read back whole.
 */
class ResumeTextInPlaceTest {
    @TempDir
    Path dir;

    @Test
    void shortAndLongResumeTextsReadBackExactly() {
        String shortText = "Résumé: patrol officer, Zoë Ångström, 2019–2024. ".repeat(300); // about 16 KB
        String longText = "Detective sergeant, investigations unit, São Paulo exchange. ".repeat(3000); // about 180 KB
        try (Database db = StoreFixture.newDatabase(dir)) {
            StoreFixture.importRows(db, List.of(
                    StoreFixture.row(1, "A1", "Zoë Example", "North", "LEO", "LE", 0.9, shortText),
                    StoreFixture.row(2, "A2", "Sam Example", "North", "LEO", "LE", 0.8, longText)), true);
            assertThat(text(db, "A1")).isEqualTo(shortText);
            assertThat(text(db, "A2")).isEqualTo(longText);
            long inPlace = db.jdbc(c -> {
                try (PreparedStatement q = c.prepareStatement("select setting_value from information_schema.settings "
                        + "where setting_name = 'MAX_LENGTH_INPLACE_LOB'"); ResultSet r = q.executeQuery()) {
                    r.next();
                    return Long.parseLong(r.getString(1));
                }
            });
            assertThat(inPlace).isGreaterThanOrEqualTo(32_000);
        }
    }

    private static String text(Database db, String applicantId) {
        return db.jdbc(c -> {
            try (PreparedStatement q = c.prepareStatement("select v.text from resume_version v join applicant a "
                    + "on a.id = v.applicant_id where a.applicant_id = ?")) {
                q.setString(1, applicantId);
                try (ResultSet r = q.executeQuery()) {
                    r.next();
                    return r.getString(1);
                }
            }
        });
    }
}
