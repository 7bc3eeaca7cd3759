package org.secondlook.analysis;

import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the thirty-seventh held-out run (set37, issue 12, round 37),
 * each with a control that must keep its verdict. None is taken from an evaluation set. Unit tests, not evidence
 * of accuracy.
 */
class AnalyzerThirtySeventhRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private Verdict verdict(String text) {
        return analyzer.analyze(text).verdict();
    }

    @Test
    void a_basic_peace_officer_class_graduate_never_hired_is_left_to_a_person() {
        assertThat(verdict("Ethan Marsh\nElm Sheriffs' Association Training Academy - Basic Peace Officer Class A - graduated May 2023\n"
                + "I passed the state exam but was not hired by an agency.\nDelivery Driver, Elm Logistics - 2023-present\n"))
                .isEqualTo(Verdict.UNCERTAIN);
        assertThat(verdict("Jordan Pach\nTRAINING\nElm Community College Law Enforcement Academy - graduated May 2023, POST certified\n"
                + "  (applied to three departments; not hired as an officer)\nWORK\nAssistant Manager, Elm Mart 2019 - present\n"))
                .isEqualTo(Verdict.UNCERTAIN);
        // control: a peace officer hired after the class is sworn
        assertThat(verdict("Ethan Marsh\nDeputy Sheriff, Elm County Sheriff's Office, 2023 - present\n"
                + "Basic Peace Officer Class A - graduated May 2023\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_she_sentence_in_a_first_person_resume_is_about_someone_else() {
        assertThat(verdict("Statement - Clinical Supervisor\nThe person who shaped my career was Lt. Dora Kess of the Elm Police "
                + "Department. I met her in 2014 when I was a new caseworker. She retired in 2020 after 28 years as an officer.\n"
                + "I'm a licensed social worker with ten years in child welfare.\n")).isEqualTo(Verdict.NOT_LE);
        // control: a third-person bio with no "I" keeps its subject's service
        assertThat(verdict("About Dora Kess\nDora is a trainer at Elm Safety LLC. She retired from the Elm Police Department in 2020 "
                + "after 28 years as an officer.\n")).isEqualTo(Verdict.LE);
    }
}
