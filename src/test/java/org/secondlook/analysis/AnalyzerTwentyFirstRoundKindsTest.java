package org.secondlook.analysis;

import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the twentieth held-out run (set20, issue 12,
 * round 22), each with a control that must keep its verdict. None is taken from an evaluation set.
 * Unit tests, not evidence of accuracy.
 */
class AnalyzerTwentyFirstRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private Verdict verdict(String text) {
        return analyzer.analyze(text).verdict();
    }

    @Test
    void a_third_person_bio_names_a_career_spent_as_a_sworn_title() {
        assertThat(verdict("About Our Founder\n\nPriya Lund spent nine years, from 2006 to 2015, as a deputy with the"
                + " Elm County Sheriff's Office. She now runs Lund Safety Training in Birchfield.\n")).isEqualTo(Verdict.LE);
        assertThat(verdict("Panel Speaker\n\nOwen Dace left the Drug Enforcement Administration in 2020 after a 19-year career"
                + " as a special agent. He now consults for Elm Health.\n")).isEqualTo(Verdict.LE);
        // control: a career spent in the same words, at a civilian title
        assertThat(verdict("About Our Founder\n\nPriya Lund spent nine years, from 2006 to 2015, as a claims adjuster with"
                + " Elm Mutual Insurance. She now runs Lund Safety Training in Birchfield.\n")).isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void a_bio_that_calls_its_subject_a_parent_still_names_the_subjects_service() {
        assertThat(verdict("Meet the Board\n\nA father of two Elm High students, Dana Reyes served six years as a deputy"
                + " sheriff with the Elm County Sheriff's Office before opening a bakery.\n")).isEqualTo(Verdict.LE);
        // control: the applicant's father served, not the applicant
        assertThat(verdict("Dana Reyes\nBaker, Elm Bread Co., 2015-present\n\nMy father served six years as a deputy"
                + " sheriff with the Elm County Sheriff's Office.\n")).isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void a_title_before_the_name_of_someone_who_presents_or_speaks_is_that_persons() {
        assertThat(verdict("Volunteer of the Year\n\nLena Ortiz, a claims clerk at Elm Mutual, ran the winter coat drive."
                + " Sheriff Paul Brandt, who presented the plaque, thanked her for ten years of work.\n")).isEqualTo(Verdict.NOT_LE);
        // control: the subject's own title before her own name, with no one else described
        assertThat(verdict("Sheriff Lena Ortiz\nElm County Sheriff's Office, 2012-present\n"
                + "Elected sheriff in 2012; leads 80 deputies.\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_company_police_commission_at_a_private_employer_is_left_to_a_person() {
        assertThat(verdict("Jo Marsh\nCompany Police Officer - Elm Valley Medical Center (private hospital), 2017 - present\n"
                + "  State company police commission; arrests on hospital property.\n")).isEqualTo(Verdict.UNCERTAIN);
        // control: a city police officer
        assertThat(verdict("Jo Marsh\nPolice Officer - Elm Valley Police Department, 2017 - present\n"
                + "  Patrol and arrests in the city.\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void an_officer_of_the_federal_bureau_of_prisons_is_corrections() {
        assertThat(verdict("Ray Tull\nWORK EXPERIENCE\nFederal Bureau of Prisons, FCI Elm Ridge, Elm Ridge, KY\n"
                + "Senior Officer Specialist, GS-0007-08\n03/2014 - Present\n- Custody of inmates in a housing unit.\n"))
                .isEqualTo(Verdict.UNCERTAIN);
        // control: an officer of a federal police agency
        assertThat(verdict("Ray Tull\nWORK EXPERIENCE\nUnited States Park Police, Elm Ridge District\n"
                + "Officer, GS-0083-07\n03/2014 - Present\n- Patrol of the parkways; arrests.\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_federal_pretrial_services_officer_is_left_to_a_person_like_probation() {
        assertThat(verdict("Ana Pell\nU.S. Pretrial Services Officer, District of Elm, 2016 - present\n"
                + "- Bail reports for the court; supervise defendants on release.\n")).isEqualTo(Verdict.UNCERTAIN);
        // control: a member services officer at a credit union
        assertThat(verdict("Ana Pell\nMember Services Officer, Elm Credit Union, 2016 - present\n"
                + "- Open accounts; answer member questions.\n")).isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void a_bio_that_says_served_as_an_officer_for_a_decade_leaves_the_bare_officer_to_a_person() {
        assertThat(verdict("About the Speaker\n\nNina Holt served as an officer for a decade, mostly on day watch,"
                + " before she opened Holt Pottery in 2019.\n")).isEqualTo(Verdict.UNCERTAIN);
        // control: an officer of a club is a club title
        assertThat(verdict("About the Speaker\n\nNina Holt served as an officer of the Elm Garden Club for a decade"
                + " before she opened Holt Pottery in 2019.\n")).isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void years_of_patrol_work_for_a_named_village_police_department_are_service_with_no_title() {
        assertThat(verdict("Shop News\n\nAfter twelve years working the night shift in a marked squad for the Town of Elm"
                + " Falls PD, Sam Orr has taken over his uncle's bakery on Main Street.\n")).isEqualTo(Verdict.LE);
        // control: years on the night shift at a diner
        assertThat(verdict("Shop News\n\nAfter twelve years working the night shift at the Elm Falls Diner, Sam Orr has"
                + " taken over his uncle's bakery on Main Street.\n")).isEqualTo(Verdict.NOT_LE);
    }
}
