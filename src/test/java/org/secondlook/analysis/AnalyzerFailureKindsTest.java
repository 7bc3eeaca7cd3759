package org.secondlook.analysis;
import org.secondlook.domain.FindingCategory;
import org.secondlook.domain.Verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One snippet per kind of failure named in issue 12, each written for this test (none is taken
 * from an evaluation set). These are unit tests, not evidence of accuracy.
 */
class AnalyzerFailureKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private Verdict verdict(String text) {
        return analyzer.analyze(text).verdict();
    }

    private static List<AnalysisFinding> le(AnalysisResult r) {
        return r.findings().stream().filter(f -> f.category() == FindingCategory.LE_EMPLOYMENT).toList();
    }

    @Test
    void sworn_service_without_the_usual_title() {
        assertThat(verdict("Sgt., Oakdale PD, Oakdale, MN, 2008 - 2019\nSupervised a patrol shift.")).isEqualTo(Verdict.LE);
        assertThat(verdict("Dep., Pinal County Sheriff's Office, 2010 - 2020")).isEqualTo(Verdict.LE);
        assertThat(verdict("Tpr., Pennsylvania State Police, Troop H, 2005 - 2015")).isEqualTo(Verdict.LE);
        assertThat(verdict("Criminal Investigator (GS-1811-13), Office of Inspector General, 2012 - 2022")).isEqualTo(Verdict.LE);
        assertThat(verdict("I spent eleven years as a city cop in Dayton, 2004 to 2015, then moved into logistics.")).isEqualTo(Verdict.LE);
        assertThat(verdict("Officer, Riverside, 2009 - 2018\nBadge number 4471; sworn and state-certified.")).isEqualTo(Verdict.LE);
        assertThat(verdict("Ranger, Big Bend National Park, 2011 - 2021\nHeld a federal law enforcement commission; made arrests.")).isEqualTo(Verdict.LE);
        assertThat(verdict("Field Warden, Department of Natural Resources, 2014 - 2024")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_ranger_or_investigator_without_sworn_cues_is_not_le() {
        assertThat(verdict("Park Ranger (Interpretation), Zion National Park, 2015 - 2022\nLed evening programs.")).isEqualTo(Verdict.NOT_LE);
        assertThat(verdict("Investigator, Midwest Mutual Insurance, 2010 - 2020\nReviewed claims; no arrest authority.")).isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void layouts_two_column_scanned_and_all_caps() {
        assertThat(verdict("EXPERIENCE\nSergeant\nOakdale Police Department\n2010 - 2020\nSKILLS\nSpanish")).isEqualTo(Verdict.LE);
        assertThat(verdict("EXPERIENCE\nSgt.\nJan 2009 - Dec 2020          Languages: Spanish\nMilford Police Department"))
                .isEqualTo(Verdict.LE);
        assertThat(verdict("EXPERIENCE\nShift Supervisor, Chief of staff to the owner\nAcme Logistics\nVolunteer, Police Athletic League"))
                .isEqualTo(Verdict.NOT_LE);
        String scanned = "P0lice 0fficer, Dayt0n P0lice Department, 2004 - 2015";
        AnalysisResult r = analyzer.analyze(scanned);
        assertThat(r.verdict()).isEqualTo(Verdict.LE);
        AnalysisFinding f = le(r).get(0);
        assertThat(scanned.substring(f.start(), f.end())).isEqualTo("P0lice 0fficer").isEqualTo(f.text());
        String caps = "WORK HISTORY\nPOLICE OFFI-\nCER, AKRON POLICE DEPARTMENT, 2001 - 2012";
        AnalysisResult c = analyzer.analyze(caps);
        assertThat(c.verdict()).isEqualTo(Verdict.LE);
        assertThat(caps.substring(le(c).get(0).start(), le(c).get(0).end())).isEqualTo("POLICE OFFI-\nCER");
    }

    @Test
    void le_words_that_are_not_the_applicants_own_service() {
        List<String> notOwn = List.of(
                "Novelist. Published three crime novels featuring a homicide detective in Baltimore.",
                "Stage actor (2012 - 2020): played a police officer in a touring production of a courtroom drama.",
                "Regional sales manager, 2015 - 2022: sold radios to the county sheriff and to city police departments.",
                "Graphic designer, 2016 - 2024. Designed the \"Be the Officer Your Town Needs\" campaign for Springfield Police Department.",
                "Electrician, 2018 - 2024. Daughter of a retired state trooper.",
                "Reporter, 2010 - 2020: interviewed the chief of police weekly while covering city hall.",
                "Bureau Chief, Metro Desk, 2014 - 2022: covered the Denver Police Department.",
                "Deputy Director, Office of Community Relations, Tulsa Police Department, 2016 - 2023",
                "Instructor, 2012 - 2020: taught first aid to every deputy sheriff in the county.",
                "Records supervisor, 2011 - 2021: handled reports of officer-involved shootings for the police department.",
                "Game designer, 2019 - 2024: designed the \"Officer Down\" mission for an open-world title.",
                "Armed Security Officer, Allied Guard Services, 2015 - 2022");
        for (String text : notOwn) {
            assertThat(verdict(text)).as(text).isEqualTo(Verdict.NOT_LE);
        }
    }

    @Test
    void the_verdict_rests_on_the_employment_line_not_the_training_line() {
        String text = "TRAINING\nBasic Police Academy, Mesa, 2010\nEXPERIENCE\nPolice Officer, Mesa Police Department, 2011 - 2020\n";
        AnalysisResult r = analyzer.analyze(text);
        assertThat(r.verdict()).isEqualTo(Verdict.LE);
        int employmentLine = text.indexOf("Police Officer, Mesa");
        assertThat(le(r)).isNotEmpty().allSatisfy(f -> assertThat(f.start()).isGreaterThanOrEqualTo(employmentLine));
        assertThat(le(r).get(0).explanation()).contains("Police Officer");
    }

    @Test
    void a_domestic_constable_is_le_and_foreign_police_is_left_to_a_person() {
        AnalysisResult constable = analyzer.analyze("Deputy Constable, Harris County Constable Precinct 4, 2012 - 2020");
        assertThat(constable.verdict()).isEqualTo(Verdict.LE);
        assertThat(le(constable).get(0).explanation()).doesNotContain("foreign");
        AnalysisResult foreign = analyzer.analyze("Police Officer, Policía Nacional de Colombia, Bogotá, 2009 - 2017");
        assertThat(foreign.verdict()).isEqualTo(Verdict.UNCERTAIN);
        assertThat(foreign.findings()).anySatisfy(f -> assertThat(f.explanation()).contains("foreign"));
        assertThat(verdict("Police Officer, Las Cruces Police Department, New Mexico, 2009 - 2017")).isEqualTo(Verdict.LE);
    }

    @Test
    void the_default_policy_of_issue_12() {
        assertThat(verdict("District Attorney Investigator, Kern County, 2012 - 2020")).isEqualTo(Verdict.LE);
        assertThat(verdict("Campus Police Officer, State University Police Department, 2012 - 2020")).isEqualTo(Verdict.LE);
        assertThat(verdict("Police Officer, Akron Police Department, Jan 2019 - June 2019")).isEqualTo(Verdict.UNCERTAIN);
        assertThat(verdict("Watch Commander, U.S. Navy Base Security Department, 2016 - 2020\nsupervised base police patrols"))
                .isEqualTo(Verdict.UNCERTAIN);
        assertThat(verdict("Boarding Officer, U.S. Coast Guard Cutter Dependable, 2014 - 2018")).isEqualTo(Verdict.UNCERTAIN);
        assertThat(verdict("Special Police Officer, Metro Mall Security LLC, 2014 - 2020")).isEqualTo(Verdict.UNCERTAIN);
        assertThat(verdict("Railroad Police Officer, Great Plains Railway, 2014 - 2020")).isEqualTo(Verdict.UNCERTAIN);
        assertThat(verdict("Court Security Officer, U.S. District Court, 2014 - 2020")).isEqualTo(Verdict.UNCERTAIN);
        assertThat(verdict("Experience\nOfficer\n2015 - 2019\n")).isEqualTo(Verdict.UNCERTAIN);
    }

    @Test
    void risk_is_graded_by_the_strength_of_the_evidence() {
        double nonLeAndAspiration = analyzer.analyze("Loan Officer, First Bank, 2015 - 2024\nObjective: become a police officer.").risk();
        double deferred = analyzer.analyze("Correctional Officer, State Prison, 2015 - 2024").risk();
        double weakLe = analyzer.analyze("Sergeant\nOakdale Police Department").risk();
        double strongLe = analyzer.analyze("Police Officer, Oakdale Police Department, 2005 - 2024\nDetective, Oakdale Police Department").risk();
        assertThat(nonLeAndAspiration).isGreaterThan(deferred);
        assertThat(deferred).isGreaterThan(weakLe);
        assertThat(weakLe).isGreaterThan(strongLe);
        double trainingOnly = analyzer.analyze("Cashier, 2015 - 2024\nPOST certified, 2014").risk();
        assertThat(trainingOnly).isLessThan(nonLeAndAspiration).isGreaterThan(deferred);
        assertThat(analyzer.analyze("Loan Officer, First Bank, 2015 - 2024\nObjective: become a police officer.").risk())
                .isEqualTo(nonLeAndAspiration);
    }
}
