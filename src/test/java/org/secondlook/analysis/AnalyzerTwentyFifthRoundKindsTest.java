package org.secondlook.analysis;

import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the twenty-fourth held-out run (set24, issue 12,
 * round 26), each with a control that must keep its verdict. None is taken from an evaluation set.
 * Unit tests, not evidence of accuracy.
 */
class AnalyzerTwentyFifthRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private Verdict verdict(String text) {
        return analyzer.analyze(text).verdict();
    }

    @Test
    void a_state_wildlife_agency_s_officer_named_by_its_initials_is_sworn_service() {
        assertThat(verdict("Jo Marsh\nBiology Teacher, Elm Falls High School, 2019 - present\n"
                + "FWC officer, Florida Fish and Wildlife Conservation Commission, 2011 - 2019\n"
                + "  Boat patrol, hunting and fishing enforcement, arrests.\n")).isEqualTo(Verdict.LE);
        assertThat(verdict("Jo Marsh\nBiology Teacher, Elm Falls High School, 2019 - present\n"
                + "TPWD - GW, Elm County ........ 2012 - 2018\n  Hunting and boating enforcement; arrests and citations.\n"))
                .isEqualTo(Verdict.LE);
        // control: a civilian job at the same agency
        assertThat(verdict("Jo Marsh\nBiology Teacher, Elm Falls High School, 2019 - present\n"
                + "Hatchery Technician, Florida Fish and Wildlife Conservation Commission, 2011 - 2019\n"
                + "  Fish rearing and stocking.\n")).isNotEqualTo(Verdict.LE);
    }

    @Test
    void a_transit_police_department_is_a_sworn_agency_but_its_fare_checkers_are_civilian() {
        assertThat(verdict("Jo Marsh\n- Help Desk Lead, Elm College (2020 - present)\n"
                + "- Ofc., Elm Metro Transit Police Dept., 2013 - 2020; rail patrol, arrests\n")).isEqualTo(Verdict.LE);
        // control: a fare inspection officer at a transit agency
        assertThat(verdict("Jo Marsh\nFare Inspection Officer - Elm Metro Transit - 2016 - present\n"
                + "  Check tickets on the light rail; call Elm Metro Transit Police when needed.\n"
                + "Cashier, Elm Grocers, 2012 - 2016\n")).isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void a_reserve_conservation_officer_is_left_to_a_person() {
        assertThat(verdict("Jo Marsh\nShift Supervisor, Elm Paper Mill, 2009 - present\n\nVOLUNTEER\n"
                + "Reserve Conservation Officer (volunteer), Elm County Conservation Reserve, 2014 - present\n"
                + "  Help full-time officers at boat landings, about 100 hours a year.\n")).isEqualTo(Verdict.UNCERTAIN);
        // control: a full-time conservation officer
        assertThat(verdict("Jo Marsh\nConservation Officer, Elm State Department of Natural Resources, 2009 - 2021\n"
                + "  Hunting and fishing enforcement, arrests.\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_canadian_province_s_conservation_officer_is_foreign() {
        assertThat(verdict("Jo Marsh\nField Biologist, Elm Land Trust, 2021 - present\n"
                + "Conservation Officer, Saskatchewan Conservation Officer Service, 2010 - 2021\n"
                + "  Enforced provincial wildlife and fisheries acts.\n")).isEqualTo(Verdict.UNCERTAIN);
        // control: the same title in a US state
        assertThat(verdict("Jo Marsh\nField Biologist, Elm Land Trust, 2021 - present\n"
                + "Conservation Officer, Michigan Department of Natural Resources, 2010 - 2021\n"
                + "  Enforced state wildlife and fisheries laws.\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void the_job_a_packet_s_cover_letter_applies_for_is_not_held() {
        assertThat(verdict("--- Jo Marsh | Application Packet | p. 1/2 ---\nCOVER LETTER\n\n"
                + "Re: Application for Deputy Sheriff, Elm County Sheriff's Office\n\nDear Hiring Manager,\n"
                + "I would be glad to serve your county.\n\n--- Jo Marsh | Application Packet | p. 2/2 ---\nRESUME\n\n"
                + "WORK HISTORY\nStock Clerk, Elm Grocers 2018-present\n")).isEqualTo(Verdict.NOT_LE);
        // control: the same packet from someone who held the title
        assertThat(verdict("--- Jo Marsh | Application Packet | p. 1/2 ---\nCOVER LETTER\n\n"
                + "Re: Application for Deputy Sheriff, Elm County Sheriff's Office\n\nDear Hiring Manager,\n"
                + "I would be glad to serve your county again.\n\n--- Jo Marsh | Application Packet | p. 2/2 ---\nRESUME\n\n"
                + "WORK HISTORY\nDeputy Sheriff, Ash County Sheriff's Office 2010-2018\nStock Clerk, Elm Grocers 2018-present\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_title_after_every_or_each_is_the_people_around_the_applicant() {
        assertThat(verdict("I have driven a tow truck for twelve years under contract with the Elm State Police,"
                + " and I know every trooper on the night shift by name.\n")).isEqualTo(Verdict.NOT_LE);
        // control: the applicant's own years as a trooper
        assertThat(verdict("I was a trooper with the Elm State Police for twelve years, working the night shift"
                + " on the interstate.\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void money_for_a_title_is_not_the_title() {
        assertThat(verdict("Jo Marsh\nLegislative Aide, Office of State Senator Lee (2015-2020)\n"
                + "  Wrote bill analyses on game-warden funding and park fees.\n")).isEqualTo(Verdict.NOT_LE);
        // control: the title held
        assertThat(verdict("Jo Marsh\nGame Warden, Elm State Department of Natural Resources (2012-2020)\n"
                + "  Hunting and fishing enforcement, arrests.\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_ship_s_officer_beside_a_relative_s_agency_is_not_law_enforcement() {
        assertThat(verdict("My sister Ann joined the Elm State Police; I became a ship's officer and have sailed"
                + " as second mate on tankers for ten years.\n")).isEqualTo(Verdict.NOT_LE);
        // control: the applicant's own trooper years
        assertThat(verdict("I joined the Elm State Police and was a trooper for ten years before I went to sea.\n"))
                .isEqualTo(Verdict.LE);
    }
}
