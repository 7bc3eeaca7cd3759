package org.secondlook.analysis;

import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the fortieth held-out run (set40, issue 12, round 40),
 * each with a control that must keep its verdict. None is taken from an evaluation set. Unit tests, not evidence
 * of accuracy.
 */
class AnalyzerFortiethRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private Verdict verdict(String text) {
        return analyzer.analyze(text).verdict();
    }

    @Test
    void a_wish_to_become_an_officer_written_without_an_article_is_an_aspiration() {
        assertThat(verdict("Grace Lim, RN\nJersey City, NJ\n\nDear Hiring Manager,\nI have been a registered nurse since 2015. "
                + "Since I was little I dream also to become police officer like the ones on TV, but nursing is my passion.\n"))
                .isEqualTo(Verdict.NOT_LE);
        // control: the same nurse who served as a police officer
        assertThat(verdict("Grace Lim, RN\nJersey City, NJ\n\nPolice Officer, Jersey City Police Department, 2008-2014\n"
                + "Registered Nurse, Elm Hospital, 2015-present\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_national_police_agency_abroad_makes_the_post_foreign() {
        assertThat(verdict("Min-jun Park\nCentreville VA\n\nWORK EXPERIENCE\nSecurity Supervisor, Annandale Plaza, Annandale VA, 2019 - present\n\n"
                + "Police Officer\nKorean National Police Agency, Busan Station\n2008 - 2018\n - patrol, emergency calls, arrests\n"))
                .isEqualTo(Verdict.UNCERTAIN);
        // control: a US department on the same layout
        assertThat(verdict("Min-jun Park\nCentreville VA\n\nWORK EXPERIENCE\nSecurity Supervisor, Annandale Plaza, Annandale VA, 2019 - present\n\n"
                + "Police Officer\nFairfax County Police Department\n2008 - 2018\n - patrol, emergency calls, arrests\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_translation_of_the_title_after_a_slash_does_not_make_a_us_post_foreign() {
        assertThat(verdict("Jose Ramirez\nHouston, Texas\n\nPolice Officer / Oficial de Policía\n"
                + "Houston Police Department, Southwest Patrol Division\nJune 2012 - Present\n* Make arrests\n")).isEqualTo(Verdict.LE);
        // control: the same line over a police force abroad
        assertThat(verdict("Jose Ramirez\nHouston, Texas\n\nPolice Officer / Oficial de Policía\n"
                + "Policía Nacional de Colombia, Bogotá\nJune 2002 - May 2012\n* Patrol\n")).isEqualTo(Verdict.UNCERTAIN);
    }

    @Test
    void a_rank_before_the_applicants_name_on_the_first_line_is_their_own() {
        assertThat(verdict("Sgt. Denise Waller\nElm County Police Dept (MD), 2004-present, patrol supervisor District III\n"))
                .isEqualTo(Verdict.LE);
        // control: a rank qualifying a position word is not a name
        assertThat(verdict("Deputy Director Ann Lowe\nElm County Sheriff's Office, 2015-present, budget and payroll\n"))
                .isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void a_county_sheriffs_regional_training_academy_graduate_never_hired_is_left_to_a_person() {
        assertThat(verdict("Rafael Ortiz\nSanta Ana, CA\n\nTRAINING\nElm County Sheriff's Regional Training Academy - Basic Course (POST), "
                + "graduated Dec 2022\n  - applied to several departments, not hired yet\n\nEXPERIENCE\n"
                + "Loss Prevention Officer, Elm Mall, 2019 - present\n")).isEqualTo(Verdict.UNCERTAIN);
        // control: a graduate hired as a deputy
        assertThat(verdict("Rafael Ortiz\nSanta Ana, CA\n\nTRAINING\nElm County Sheriff's Regional Training Academy - Basic Course (POST), "
                + "graduated Dec 2019\n\nEXPERIENCE\nDeputy Sheriff, Elm County Sheriff's Department, 2020 - present\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void an_officer_a_novel_is_about_is_not_the_authors_post() {
        assertThat(verdict("Ruth Ames\nBangor, Maine\n\nI taught English for thirty years. Since retiring I have written three novels "
                + "about a small-town police officer on the coast.\n")).isEqualTo(Verdict.NOT_LE);
        // control: "about a decade as a police officer" is a length of service
        assertThat(verdict("Ruth Ames\nBangor, Maine\n\nI served about a decade as a police officer with the Bangor Police Department "
                + "(2001-2011), then taught English.\n")).isEqualTo(Verdict.LE);
    }
}
