package org.secondlook.analysis;
import org.secondlook.domain.Verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the first held-out run (issue 12, round 2).
 * None is taken from an evaluation set. Unit tests, not evidence of accuracy.
 */
class AnalyzerSecondRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private Verdict verdict(String text) {
        return analyzer.analyze(text).verdict();
    }

    @Test
    void fiction_roles_under_a_credits_heading_or_beside_a_fiction_cue_are_characters() {
        assertThat(verdict("Jo Marsh\nFILM\nNight Beat (short)      Patrol Officer      dir. A. Reyes\n"
                + "Dust Road               Sheriff's Deputy    indie\n")).isEqualTo(Verdict.NOT_LE);
        assertThat(verdict("Stage and screen actor.\n\"River Ward\" (cable) - Guest Star, Detective Lou Harmon, 2021\n"))
                .isEqualTo(Verdict.NOT_LE);
        AnalysisResult novelist = analyzer.analyze("Author of six novels. The series follows Sergeant Ada Lind, a Salem "
                + "police officer turned homicide detective.\nHigh school English teacher, 2010 - 2024");
        assertThat(novelist.verdict()).isEqualTo(Verdict.NOT_LE);
        assertThat(novelist.findings()).anySatisfy(f -> assertThat(f.explanation()).contains("fiction"));
    }

    @Test
    void an_agency_named_as_a_client_or_a_news_beat_is_not_the_employer() {
        assertThat(verdict("Account Manager, Coldline Software, 2016 - 2024\nRenewals for our county sheriff's office "
                + "customers; trained their officer-scheduling admins.")).isEqualTo(Verdict.NOT_LE);
        assertThat(verdict("Editor at the Valley Ledger since 2015. Before I was chief I covered the Dayton Police "
                + "Department and the county courts for a decade.")).isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void a_running_text_police_mention_on_the_line_above_does_not_make_a_desk_officer_le() {
        assertThat(verdict("Vice Consul, U.S. Embassy, 2019 - 2022\n   helped travelers deal with local police\n"
                + "   Desk Officer, Office of Andean Affairs, DC   2022 - present\n")).isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void foreign_police_named_on_the_agency_line_below_the_title_is_left_to_a_person() {
        assertThat(verdict("Police Officer then Senior Police Officer\nPolicía Nacional de Colombia, Bogotá\n2008 - 2016\n"))
                .isEqualTo(Verdict.UNCERTAIN);
    }

    @Test
    void a_railroads_own_police_and_an_air_force_security_forces_entry_are_left_to_a_person() {
        assertThat(verdict("Special Agent, Police Department, Prairie & Gulf Railroad Co., 2012 - 2024"))
                .isEqualTo(Verdict.UNCERTAIN);
        assertThat(verdict("U.S. Air Force, Security Forces\n  Malmstrom AFB, MT\n  2013 - 2019\n"
                + "    - patrolman on base; traffic stops and apprehensions\n")).isEqualTo(Verdict.UNCERTAIN);
        assertThat(verdict("2001 - 2005   U.S. Army, Infantry, Sgt.\n2005 - 2020   Police Officer, Toledo Police Department\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void commendations_wishes_helpers_and_store_detectives_are_not_own_service() {
        assertThat(verdict("911 Telecommunicator, Lakewood Police Department, 2015 - 2024\n"
                + "Received a commendation from the Chief of Police in 2020.")).isNotEqualTo(Verdict.LE);
        assertThat(verdict("Criminology sophomore. I have wanted to be a police officer since middle school.\n"
                + "Barista, 2022 - present")).isNotEqualTo(Verdict.LE);
        assertThat(verdict("Data Analyst, 2018 - 2024\nOn weekends I help the school resource officer with online-safety nights."))
                .isNotEqualTo(Verdict.LE);
        assertThat(verdict("Store Detective, HomeMart #14, 2016 - 2023")).isEqualTo(Verdict.NOT_LE);
        assertThat(verdict("Writer. Research help from a retired sheriff's deputy who reads my drafts.")).isNotEqualTo(Verdict.LE);
    }

    @Test
    void own_service_after_a_study_cue_still_counts() {
        assertThat(verdict("I finished the criminal justice academy and served as a sworn patrol officer with the "
                + "Reno Police Department from 2012 to 2016.")).isEqualTo(Verdict.LE);
    }
}
