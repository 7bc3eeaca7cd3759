package org.secondlook.analysis;

import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the forty-sixth and forty-seventh held-out runs (set46 and
 * set47 on the rules after round 42, issue 12, round 43), each with a control that must keep its verdict. None is
 * taken from an evaluation set. Unit tests, not evidence of accuracy.
 */
class AnalyzerFortyThirdRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private Verdict verdict(String text) {
        return analyzer.analyze(text).verdict();
    }

    @Test
    void a_title_modifying_lists_across_a_line_end_is_no_post() {
        assertThat(verdict("Noe Aguon\nYigo, Guam\n\nHuman Resources Specialist, Elm Department of Administration — 2018 to present\n"
                + "Classification and recruitment for line agencies, including processing of police officer\n"
                + "and firefighter eligibility lists.\n")).isEqualTo(Verdict.NOT_LE);
        // control: the two posts held
        assertThat(verdict("Noe Aguon\nYigo, Guam\n\nPolice Officer and Firefighter, Elm City — 2018 to present\nPatrol and fire response.\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_rank_in_the_auxiliary_unit_is_a_reserve_post() {
        assertThat(verdict("Bobby Cruz\nNew York, NY\n\nVOLUNTEER\nAuxiliary Police Officer — NYPD Auxiliary Police Program, 2014–present\n"
                + " Unpaid foot patrol at street fairs. Sergeant in the auxiliary unit since 2020.\n")).isEqualTo(Verdict.UNCERTAIN);
        // control: a sergeant in a precinct
        assertThat(verdict("Bobby Cruz\nNew York, NY\n\nPolice Officer — NYPD, 2010–present\n Patrol. Sergeant in the 33rd Precinct since 2020.\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_national_police_named_in_spanish_with_its_country_is_abroad() {
        assertThat(verdict("LUIS PENA\nBronx, NY\n\nEXPERIENCE\nPolicía Nacional de la República Dominicana — Santo Domingo\n"
                + "Police Officer / Raso, 2009–2022\n - Patrol, arrests\n")).isEqualTo(Verdict.UNCERTAIN);
        // control: Puerto Rico's police is domestic
        assertThat(verdict("LUIS PENA\nBronx, NY\n\nEXPERIENCE\nNegociado de la Policía de Puerto Rico — San Juan\n"
                + "Police Officer / Agente, 2009–2022\n - Patrol, arrests\n")).isEqualTo(Verdict.LE);
    }
}
