package org.secondlook.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each store runs the common migrations and its own vendor's, never the other's; what the server lacks is said. */
class MigrationScriptsTest {
    @Test
    void eachStoreSeesTheCommonScriptsAndOnlyItsOwnVendorsFolder() {
        List<String> h2 = MigrationScripts.of(Vendor.H2).orElseThrow().fileNames();
        List<String> server = MigrationScripts.of(Vendor.POSTGRESQL).orElseThrow().fileNames();
        assertThat(h2).contains("V1__foundation.sql", "V10__search_index_and_queue_indexes.sql")
                .doesNotContain("V55__full_text_search.sql");
        assertThat(server).contains("V1__foundation.sql", "V10__search_index_and_queue_indexes.sql",
                "V55__full_text_search.sql");
        assertThat(SchemaVersion.scriptVersions(Vendor.POSTGRESQL).orElseThrow()).contains("55", "10", "1.1");
        assertThat(SchemaVersion.scriptVersions(Vendor.H2).orElseThrow()).doesNotContain("55");
    }

    @Test
    void aServerThatCannotSetUpTheSearchIsToldWhatItLacksInOneSentence() {
        assertThat(ServerPrerequisites.missing(true, true, false)).isNull();
        assertThat(ServerPrerequisites.missing(false, true, true)).as("the migration creates it").isNull();
        assertThat(ServerPrerequisites.missing(false, false, true))
                .isEqualTo("lacks the unaccent extension that the search needs: install PostgreSQL's contrib package"
                        + " (postgresql-contrib) on the server, then run the command again.");
        assertThat(ServerPrerequisites.missing(false, true, false)).contains("CREATE EXTENSION unaccent");
    }
}
