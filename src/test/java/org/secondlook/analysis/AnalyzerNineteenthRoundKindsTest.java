package org.secondlook.analysis;

import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the eighteenth held-out run (set18, issue 12,
 * round 20), each with a control that must keep its verdict. None is taken from an evaluation set.
 * Unit tests, not evidence of accuracy.
 */
class AnalyzerNineteenthRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private Verdict verdict(String text) {
        return analyzer.analyze(text).verdict();
    }

    @Test
    void a_spouse_or_a_program_leader_is_not_the_applicants_service() {
        assertThat(verdict("Dana Holt\nPayroll Specialist, Birch Logistics, 2015 - present\n\n"
                + "Family: married to a Lake County (OH) Sheriff's deputy; two dogs.\n")).isNotEqualTo(Verdict.LE);
        assertThat(verdict("Dana Holt\nYouth Coordinator, Birch Boys Club, 2016 - present\n\n"
                + "As a teenager I went through a reading program run by Oakdale Police Sergeant Ray Moss.\n"))
                .isNotEqualTo(Verdict.LE);
        // control: the applicant's own title, then a spouse who works elsewhere
        assertThat(verdict("Dana Holt\nDeputy Sheriff, Lake County Sheriff's Office, 2011 - 2021\n\n"
                + "Personal: married to a middle-school teacher.\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_civilian_inspector_beside_police_is_not_sworn() {
        assertThat(verdict("Lou Park\nZoning Compliance Tech II, Town of Elm, 2015 - present\n"
                + " - Walk-throughs with Elm PD officers at problem motels (as a civilian\n"
                + "   inspector, cite-only)\n")).isNotEqualTo(Verdict.LE);
        // control: a police inspector's own title beside the agency
        assertThat(verdict("Lou Park\nInspector, Elm Police Department, 2009 - 2021\n - Commanded the patrol division\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void peace_officer_status_stays_with_the_parole_title_under_a_heading() {
        assertThat(verdict("Jo Reyes\n\nEXPERIENCE\nState Department of Corrections\nAdult Parole Division, North Unit\n"
                + "Parole Agent II                 2012 - 2020\n |  Supervised a caseload of parolees\n |  Home and field visits\n"
                + " |  Peace officer status under state law\n")).isEqualTo(Verdict.UNCERTAIN);
        // control: the same layout at a police department stays law enforcement
        assertThat(verdict("Jo Reyes\n\nEXPERIENCE\nCity of Elm\nElm Police Department, North Precinct\n"
                + "Patrol Unit                 2012 - 2020\n |  Answered calls for service\n |  Home and field visits\n"
                + " |  Peace Officer, sworn 2012\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void scanned_capitals_read_a_one_as_an_i_and_keep_a_negation() {
        assertThat(verdict("KIM DOYLE\n\nMIL1TARY SERV1CE\nU.S. ARMY - M1LITARY P0L1CE SPECIAL1ST        2010 - 2016\n"
                + " > GATE PATR0L AND TRAFF1C CONTR0L 0N P0ST\n\nC1VILIAN\nWAREH0USE LEAD - ACME SUPPLY    2016 - PRESENT\n"))
                .isEqualTo(Verdict.UNCERTAIN);
        // control: a scanned artillery officer who says no military police duty
        assertThat(verdict("KIM DOYLE\n\nMIL1TARY SERV1CE\nU.S. ARMY - F1ELD ARTILLERY OFFICER        2010 - 2016\n"
                + " > BRANCH: ART1LLERY; N0 M1LITARY P0LICE DUTY\n")).isEqualTo(Verdict.NOT_LE);
    }
}
