package org.secondlook.analysis;
import org.secondlook.domain.FindingCategory;
import org.secondlook.domain.Verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalyzerCategoriesTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2024, 6));

    private static List<FindingCategory> categories(AnalysisResult r) {
        return r.findings().stream().map(AnalysisFinding::category).toList();
    }

    private static FindingCategory categoryOf(AnalysisResult r, String text) {
        return r.findings().stream().filter(f -> f.text().equalsIgnoreCase(text) || f.text().toLowerCase().contains(text.toLowerCase()))
                .map(AnalysisFinding::category).findFirst().orElse(null);
    }

    @Test
    void ownPoliceEmploymentWithDatesIsLe() {
        AnalysisResult r = analyzer.analyze("EXPERIENCE\nPolice Officer, Dallas Police Department\nJan 2015 – Present\n");
        assertThat(r.verdict()).isEqualTo(Verdict.LE);
        assertThat(r.leMonths()).isEqualTo(114);
        assertThat(categoryOf(r, "Police Officer")).isEqualTo(FindingCategory.LE_EMPLOYMENT);
        assertThat(r.riskForLabel(true)).isLessThan(0.1);
    }

    @Test
    void nonLawEnforcementOfficerTitlesAreNotLe() {
        for (String title : List.of("Compliance Officer", "Loan Officer", "Chief Financial Officer", "Petty Officer Second Class",
                "Chief Warrant Officer", "Information Security Officer", "Customer Service Officer", "Admissions Officer",
                "Medical Officer", "Executive Officer", "CEO", "Escrow Officer")) {
            AnalysisResult r = analyzer.analyze("Work History\n" + title + " | Acme Bank | 2012 - 2018\n");
            assertThat(r.verdict()).as(title).isEqualTo(Verdict.NOT_LE);
            assertThat(categories(r)).as(title).contains(FindingCategory.NON_LE_OFFICER_TITLE);
            assertThat(r.riskForLabel(true)).as(title).isGreaterThan(0.9);
        }
    }

    @Test
    void aspirationIsNotExperience() {
        AnalysisResult r = analyzer.analyze("Loan Officer at First Bank. I hope to become an ICE officer one day.");
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_LE);
        assertThat(categoryOf(r, "ICE officer")).isEqualTo(FindingCategory.ASPIRATION);
        AnalysisResult s = analyzer.analyze("OBJECTIVE\nSeeking a career in law enforcement as a Police Officer.");
        assertThat(s.verdict()).isEqualTo(Verdict.NOT_LE);
        assertThat(categories(s)).containsOnly(FindingCategory.ASPIRATION);
    }

    @Test
    void plansToJoinAForceAreAspirationButHavingJoinedOneIsEmployment() {
        for (String wish : List.of("Looking to join a police department as a patrol officer.",
                "Eager to join the county sheriff's office as a deputy sheriff.",
                "I intend to become a state trooper after graduation.")) {
            AnalysisResult r = analyzer.analyze("SUMMARY\n" + wish + "\n\nEXPERIENCE\nBarista, Initech, 2019 - 2021\n");
            assertThat(r.verdict()).as(wish).isEqualTo(Verdict.NOT_LE);
            assertThat(categories(r)).as(wish).contains(FindingCategory.ASPIRATION).doesNotContain(FindingCategory.LE_EMPLOYMENT);
        }
        AnalysisResult joined = analyzer.analyze("EXPERIENCE\nJoined the Mesa Police Department in 2010.\n"
                + "Patrol Officer, Mesa Police Department, 2010 - 2018\n");
        assertThat(joined.verdict()).isEqualTo(Verdict.LE);
    }

    @Test
    void negationIsNotExperience() {
        AnalysisResult r = analyzer.analyze("I am not a sworn officer. I have never been a police officer.\nNo law enforcement experience.");
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_LE);
        assertThat(categories(r)).containsOnly(FindingCategory.NEGATION);
    }

    @Test
    void thirdPartiesAndReferencesAreNotTheApplicant() {
        AnalysisResult r = analyzer.analyze("Security Guard\nWorked alongside police officers during events. Trained officers in Excel.\n"
                + "References\nJohn Smith, Chief of Police, Springfield Police Department\n");
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_LE);
        assertThat(categoryOf(r, "Chief of Police")).isEqualTo(FindingCategory.THIRD_PARTY);
        assertThat(categories(r)).doesNotContain(FindingCategory.LE_EMPLOYMENT);
    }

    @Test
    void civilianWorkInAPoliceDepartmentIsNotLe() {
        AnalysisResult r = analyzer.analyze("911 Dispatcher, Springfield Police Department, 03/2010 to 06/2014\nRecords Clerk, County Sheriff's Office");
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_LE);
        assertThat(categories(r)).containsOnly(FindingCategory.CIVILIAN_IN_LE_AGENCY);
        AnalysisResult pd = analyzer.analyze("Dispatcher, Springfield Police Department, 2011-2014");
        assertThat(categories(pd)).containsOnly(FindingCategory.CIVILIAN_IN_LE_AGENCY);
        assertThat(analyzer.analyze("Dispatcher, ABC Trucking, 2011-2014").findings()).isEmpty();
    }

    @Test
    void courseworkAndTrainingAreNotEmployment() {
        AnalysisResult r = analyzer.analyze("EDUCATION\nB.S. Criminal Justice, 2019\nPolice Explorer program; ride-along with patrol\n");
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_LE);
        assertThat(categories(r)).contains(FindingCategory.COURSEWORK);
        AnalysisResult t = analyzer.analyze("Certifications\nPOST certified, 2020\nCashier, Elm Mart, 2018 - present\n");
        assertThat(t.verdict()).isEqualTo(Verdict.NOT_LE);
        assertThat(categories(t)).contains(FindingCategory.LE_TRAINING);
        // a police academy graduate never hired is left to a reviewer (the policy's academy graduates)
        AnalysisResult g = analyzer.analyze("Certifications\nGraduated Police Academy 2020, POST certified\n");
        assertThat(g.verdict()).isEqualTo(Verdict.UNCERTAIN);
        assertThat(categories(g)).contains(FindingCategory.POLICY_DEPENDENT_ROLE);
    }

    @Test
    void campusAndTribalPoliceAreLeAndArmedSecurityIsNotUnderTheDefaultPolicy() {
        for (String title : List.of("Campus Police Officer", "Tribal Police Officer")) {
            AnalysisResult r = analyzer.analyze("Experience\n" + title + "\n2015 - 2019\n");
            assertThat(r.verdict()).as(title).isEqualTo(Verdict.LE);
        }
        AnalysisResult armed = analyzer.analyze("Experience\nArmed Security Officer, Allied Universal\n2015 - 2019\n");
        assertThat(armed.verdict()).isEqualTo(Verdict.NOT_LE);
        assertThat(categories(armed)).containsExactly(FindingCategory.NON_LE_OFFICER_TITLE);
    }

    @Test
    void policyDependentRolesAndBareOfficerAreUncertain() {
        for (String title : List.of("Correctional Officer", "Probation Officer", "Military Police", "Reserve Police Officer",
                "Detention Officer", "Court Security Officer", "Auxiliary Police Officer")) {
            AnalysisResult r = analyzer.analyze("Experience\n" + title + "\n2015 - 2019\n");
            assertThat(r.verdict()).as(title).isEqualTo(Verdict.UNCERTAIN);
            assertThat(categories(r)).as(title).contains(FindingCategory.POLICY_DEPENDENT_ROLE);
        }
        AnalysisResult bare = analyzer.analyze("Experience\nOfficer\n2015 - 2019\n");
        assertThat(bare.verdict()).isEqualTo(Verdict.UNCERTAIN);
    }

    @Test
    void bareOfficerBesideAPoliceAgencyIsLe() {
        AnalysisResult r = analyzer.analyze("Officer, Metro Police Department\nJuly 2011 to November 2012\n");
        assertThat(r.verdict()).isEqualTo(Verdict.LE);
        assertThat(r.leMonths()).isEqualTo(17);
    }

    @Test
    void rankWithoutAnAgencyIsNoFinding() {
        AnalysisResult r = analyzer.analyze("Captain of the varsity soccer team; restaurant captain 2015-2016");
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_LE);
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void militaryOfficerIsNotLawEnforcement() {
        AnalysisResult r = analyzer.analyze("Officer, United States Army, 2005 - 2010");
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_LE);
        assertThat(categories(r)).containsOnly(FindingCategory.NON_LE_OFFICER_TITLE);
    }

    @Test
    void federalAgentsAndDetectivesAreLe() {
        for (String t : List.of("Special Agent, FBI", "Border Patrol Agent", "CBP Officer", "ICE Deportation Officer",
                "Deputy Sheriff", "Sheriff's Deputy", "State Trooper", "Detective", "Deputy U.S. Marshal", "Game Warden")) {
            assertThat(analyzer.analyze("Experience\n" + t + " 2010-2016\n").verdict()).as(t).isEqualTo(Verdict.LE);
        }
    }
}
