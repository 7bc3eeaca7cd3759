package org.secondlook.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The entry reader on layouts written for this test: where each experience entry starts (its head
 * line) in a classic layout, one-line "Title, Employer, dates" entries, a flattened two-column
 * layout, and a keyword list.
 */
class EntriesTest {
    private final Lexicons lexicons = new Lexicons(Policy.defaults());

    private Entries entries(String text) {
        NormalizedText norm = new TextNormalizer().normalize(text);
        Tokens t = Tokens.of(norm, lexicons.vocab);
        return Entries.of(text, norm, t, new Sections(lexicons.headings).of(text, norm, t));
    }

    @Test
    void classic_layout_heads_own_their_bulleted_duties() {
        // (a heading right above the first entry, with no blank line between, is read as that entry's head: not covered here)
        Entries e = entries("Store Manager, Harbor Hardware, Bend OR, 2015 - present\n"
                + "  - Ran a staff of twelve\n"
                + "  - Weekly inventory\n"
                + "Assistant Manager, Harbor Hardware, 2010 - 2015\n"
                + "  - Opened and closed the store\n");
        assertThat(e.headOf(1)).isEqualTo(0);
        assertThat(e.headOf(2)).isEqualTo(0);
        assertThat(e.isHead(3)).isTrue();
        assertThat(e.headOf(4)).isEqualTo(3);
    }

    @Test
    void one_line_entries_each_start_their_own_entry() {
        Entries e = entries("Line Cook, Juniper Grill, 2018 - 2020\n"
                + "Dishwasher, Juniper Grill, 2016 - 2018\n"
                + "Busser, Crane Diner, 2015 - 2016\n");
        assertThat(e.isHead(0)).isTrue();
        assertThat(e.isHead(1)).isTrue();
        assertThat(e.isHead(2)).isTrue();
    }

    @Test
    void a_flattened_two_column_layout_starts_an_entry_at_each_title_line_after_the_dates() {
        Entries e = entries("Deputy Sheriff\n"
                + "Ochoco County Sheriff's Office\n"
                + "2012 - 2020\n"
                + "Field Technician\n"
                + "Cascade Power\n"
                + "2020 - present\n");
        assertThat(e.headOf(1)).isEqualTo(0);
        assertThat(e.headOf(2)).isEqualTo(0);
        assertThat(e.isHead(3)).isTrue();
        assertThat(e.headOf(5)).isEqualTo(3);
    }

    @Test
    void a_blank_line_ends_an_entry_and_an_indented_line_stays_in_it() {
        Entries e = entries("Cascade Power, 2020 - present\n"
                + "   Field Technician\n"
                + "\n"
                + "Ochoco County, 2012 - 2020\n");
        assertThat(e.headOf(1)).isEqualTo(0);
        assertThat(e.headOf(2)).isEqualTo(-1);
        assertThat(e.isHead(3)).isTrue();
    }

    @Test
    void a_keyword_list_is_marked_and_a_sentence_with_commas_is_not() {
        Entries e = entries("Keywords: police, patrol, dispatch, records, evidence\n"
                + "Skills include filing, typing and phones.\n");
        assertThat(e.keywordLine[0]).isTrue();
        assertThat(e.keywordLine[1]).isFalse();
    }

    @Test
    void bullet_lines_and_their_wrapped_continuations_are_duty_lines_and_title_lines_are_not() {
        String text = "Shift Supervisor\nAcme Logistics, 2015 - 2020\n\u2022 Ran the night dock crew and\n  trained new loaders\n- Audited inventory\n";
        Entries e = entries(text);
        assertThat(e.bulletLine(text, 0)).isFalse();
        assertThat(e.bulletLine(text, 1)).isFalse();
        assertThat(e.bulletLine(text, 2)).isTrue();
        assertThat(e.bulletLine(text, 3)).isFalse();
        assertThat(e.inBullet(text, 3)).isTrue();
        assertThat(e.inBullet(text, 4)).isTrue();
        assertThat(e.inHeadZone(text, 1)).isTrue();
        assertThat(e.inHeadZone(text, 2)).isFalse();
    }
}
