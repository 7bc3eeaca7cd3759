package org.secondlook.analysis;

import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the thirty-sixth held-out run (set36, issue 12, round 36),
 * each with a control that must keep its verdict. None is taken from an evaluation set. Unit tests, not evidence
 * of accuracy.
 */
class AnalyzerThirtySixthRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private Verdict verdict(String text) {
        return analyzer.analyze(text).verdict();
    }

    @Test
    void the_chief_of_a_civilian_unit_holds_no_police_rank() {
        assertThat(verdict("Tam Greave\nElm County Sheriff's Office, 2009 to present\n"
                + "  Chief of Emergency Communications (2018 - present)\n   - Lead 34 civilian telecommunicators\n"))
                .isEqualTo(Verdict.NOT_LE);
        // control: the chief of police is a police rank
        assertThat(verdict("Tam Greave\nChief of Police, Elm Police Department, 2009 - 2020\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void reserve_or_auxiliary_before_a_rank_makes_it_a_reserve_post() {
        assertThat(verdict("Elena Doyle\nChief Executive Officer, Elm Home Health (2012 - present)\n"
                + "Volunteer: Reserve Police Captain, Village of Elm Police Reserve Unit (2015 - present)\n"))
                .isEqualTo(Verdict.UNCERTAIN);
        assertThat(verdict("Elena Doyle\nAuxiliary Sergeant, Elm Police Department, 2015 - 2022\n")).isEqualTo(Verdict.UNCERTAIN);
        // control: a police captain without the word stays sworn
        assertThat(verdict("Elena Doyle\nPolice Captain, Elm Police Department, 2015 - 2022\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void the_park_police_by_its_initials_is_an_agency() {
        assertThat(verdict("Eve Castro\nUSPP Captain, District Commander, Central District (2015 - 2020)\n"
                + "USPP Lieutenant / Sergeant (2006 - 2015)\n")).isEqualTo(Verdict.LE);
        // control: a captain with no agency is no police rank
        assertThat(verdict("Eve Castro\nCaptain, Elm Sailing Club (2015 - 2020)\n")).isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void brazilian_police_written_with_accents_are_police_abroad() {
        assertThat(verdict("Rafa Barb\nParalegal, Elm Immigration Law, 2017 - present\n"
                + "Inspetor de Polícia (Police Investigator), Polícia Civil do Estado do Rio de Janeiro - 2005 - 2015\n"))
                .isEqualTo(Verdict.UNCERTAIN);
        // control: a US police investigator stays sworn
        assertThat(verdict("Rafa Barb\nPolice Investigator, Elm Police Department - 2005 - 2015\n")).isEqualTo(Verdict.LE);
    }
}
