package org.secondlook.analysis;

import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the thirty-eighth held-out run (set38, issue 12, round 38),
 * each with a control that must keep its verdict. None is taken from an evaluation set. Unit tests, not evidence
 * of accuracy.
 */
class AnalyzerThirtyEighthRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private Verdict verdict(String text) {
        return analyzer.analyze(text).verdict();
    }

    @Test
    void a_contracted_negation_of_arrests_leaves_a_civil_investigator_civilian() {
        assertThat(verdict("Dana Whitcomb\n\nFor six years I have worked as an investigator for the county Fair Political Practices "
                + "Commission, reviewing campaign filings and conflict-of-interest complaints. I interview witnesses and write findings "
                + "for the commission, which can levy fines. We don't carry badges and we don't make arrests.\n"))
                .isEqualTo(Verdict.NOT_LE);
        // control: the same sentence without the negation states arrest powers
        assertThat(verdict("Dana Whitcomb\n\nFor six years I have worked as an investigator for the county Fair Political Practices "
                + "Commission, reviewing campaign filings and conflict-of-interest complaints. I interview witnesses and write findings "
                + "for the commission. We carry badges and we make arrests.\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void sworn_statements_are_a_record_taken_under_oath_not_sworn_status() {
        assertThat(verdict("Dana Whitcomb\n\nFor six years I have worked as an investigator for the county Fair Political Practices "
                + "Commission, reviewing complaints against local officials. I take sworn statements and write findings for the "
                + "commission, which can levy fines.\n")).isEqualTo(Verdict.NOT_LE);
        // control: a sworn investigator
        assertThat(verdict("Dana Whitcomb\n\nFor six years I have worked as an investigator for the county Fair Political Practices "
                + "Commission, a sworn post, reviewing complaints against local officials.\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_duty_line_stating_the_entrys_own_peace_officer_standing_makes_it_sworn() {
        assertThat(verdict("MARISOL ECHEVERRIA-PAINE\n\nArson Investigator    Elm State Fire Marshal's Office    2012-2023\n"
                + " - State-certified peace officer with arrest powers under the Fire Code\n"
                + " - Origin-and-cause examinations; criminal arson cases; search warrants\n\nFirefighter, Elm Fire Company, 2004-2012\n"))
                .isEqualTo(Verdict.LE);
        // control: a peace officer the applicant worked beside is someone else
        assertThat(verdict("MARISOL ECHEVERRIA-PAINE\n\nFire Inspector    Elm Bureau of Fire    2012-2023\n"
                + " - Fire scenes: worked beside a certified peace officer with arrest powers from the city police\n"
                + " - Annual inspections of restaurants and schools\n\nFirefighter, Elm Fire Company, 2004-2012\n"))
                .isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void a_summary_naming_the_entrys_own_title_as_sworn_supports_that_entry() {
        String entries = "\nEXPERIENCE\nElm Department of Attorney General, Criminal Division\nSpecial Investigator\n2014 - present\n"
                + "  - Lead on Medicaid provider fraud and public corruption cases\n\nElm Department of Treasury\nRevenue Officer\n"
                + "2008 - 2014\n  - Field collection of delinquent business taxes\n";
        assertThat(verdict("Tomasz Wierzbicki\n\nPROFILE\nSpecial Investigator with the Elm Department of Attorney General. Sworn state\n"
                + "peace officer with arrest authority; fifteen years of financial-crime casework.\n" + entries)).isEqualTo(Verdict.LE);
        // control: a summary about officers the applicant worked with, over a civil investigator's entry
        assertThat(verdict("Tomasz Wierzbicki\n\nPROFILE\nFifteen years of investigative work; I worked closely with a sworn peace "
                + "officer with arrest authority.\n" + entries.replace("Criminal Division\nSpecial Investigator", "Consumer Protection\nInvestigator")))
                .isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void a_constable_glossed_as_police_officer_abroad_is_a_foreign_post() {
        assertThat(verdict("Aurelie Tremblay\nKingston, Ontario, Canada - open to relocating to Buffalo, NY\n\n"
                + "Constable / Police Officer, Kingston Police Service, Kingston ON - 2012-2023\n"
                + " - Patrol, collision investigation and arrests under the Criminal Code\n")).isEqualTo(Verdict.UNCERTAIN);
        // control: a translation after a domestic title keeps the domestic title
        assertThat(verdict("Hugo Salinas\nEdinburg, Texas\n\nTexas Department of Public Safety - Highway Patrol Trooper / Patrullero de caminos\n"
                + "   2011 - 2019, Hidalgo County, licensed Texas peace officer\n")).isEqualTo(Verdict.LE);
    }
}
