package org.secondlook.analysis;

import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the forty-third and forty-fourth held-out runs (set43 and
 * set44 on the rules after round 41, issue 12, round 42), each with a control that must keep its verdict. None is
 * taken from an evaluation set. Unit tests, not evidence of accuracy.
 */
class AnalyzerFortySecondRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private Verdict verdict(String text) {
        return analyzer.analyze(text).verdict();
    }

    @Test
    void an_officer_title_used_as_a_modifier_of_misconduct_or_family_is_no_post() {
        assertThat(verdict("Ada Park\nComplaint Investigator, Elm Police Review Agency (civilian)   2018 – present\n"
                + "   Investigate public complaints of officer misconduct; present findings to the Police Commission.\n"))
                .isEqualTo(Verdict.NOT_LE);
        // control: the same agency line with the applicant's own sworn title
        assertThat(verdict("Ada Park\nPolice Officer, Elm Police Department   2010 – 2018\n   Patrol and arrests.\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_title_naming_a_credential_is_training_not_a_post() {
        assertThat(verdict("Pat Dunn\nMaster Electrician, Dunn Electric LLC, 2011 – present\n\nVOLUNTEER\n"
                + "Reserve Police Officer, Elm Borough Police Department, 2016 – present\n\n"
                + "Act 120 Municipal Police Officer Certification, Elm College, 2015\n")).isEqualTo(Verdict.UNCERTAIN);
        // control: the same title held as a job
        assertThat(verdict("Pat Dunn\nMunicipal Police Officer, Elm Borough Police Department, 2016 – present\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_translated_title_at_a_police_force_abroad_stays_foreign() {
        assertThat(verdict("Nadia Ivanko\nBrooklyn, NY\n\nExperience\nMedical Interpreter, Elm Health, 2018-present\n"
                + "Police Officer / Lieutenant, Kharkiv Oblast Police, Ukraine, 2010-2016\n")).isEqualTo(Verdict.UNCERTAIN);
        // control: a translation of a US title
        assertThat(verdict("Jose Ramirez\nHouston, Texas\n\nPolice Officer / Oficial de Policía\n"
                + "Houston Police Department, Southwest Patrol Division\nJune 2012 - Present\n* Make arrests\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_sheriffs_office_named_in_spanish_is_an_agency_not_a_title() {
        assertThat(verdict("Mariana Soto\nReportera — Houston, Texas\n\nReportera / Public Safety Reporter, Canal 9 Houston, 2018–presente\n"
                + "Cobertura de crímenes y conferencias de prensa de la Oficina del Sheriff del Condado de Harris.\n"))
                .isEqualTo(Verdict.NOT_LE);
        // control: a deputy of that office
        assertThat(verdict("Mariana Soto\nHouston, Texas\n\nDeputy Sheriff, Harris County Sheriff's Office, 2018–present\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void not_yet_certified_as_a_peace_officer_negates() {
        assertThat(verdict("Amrit Sandhu\nSeattle, WA\n\nAbout\nI'm not yet certified as a peace officer in any US state.\n\n"
                + "Experience\nLoss Prevention Officer — Elm Stores · 2019 - 2023\n")).isEqualTo(Verdict.NOT_LE);
        // control: a certified peace officer in a sworn post
        assertThat(verdict("Amrit Sandhu\nSeattle, WA\n\nExperience\nPeace Officer, Elm County Sheriff's Office · 2019 - 2023\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void a_spanish_about_a_marks_a_fictional_officer() {
        assertThat(verdict("Valeria Soto — novelista\nSanta Fe, New Mexico\n\nPUBLICACIONES\n"
                + "\"Noches\" (2019) — novela negra sobre una police officer ficticia en Ciudad Juárez\n\n"
                + "EXPERIENCIA\nFreelance writer, 2012–present\n")).isEqualTo(Verdict.NOT_LE);
        // control: the writer's own years as an officer
        assertThat(verdict("Valeria Soto\nSanta Fe, New Mexico\n\nEXPERIENCIA\nPolice Officer, Santa Fe Police Department, 2005–2012\n"
                + "Freelance writer, 2012–present\n")).isEqualTo(Verdict.LE);
    }
}
