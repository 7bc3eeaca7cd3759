package org.secondlook.analysis;

import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the forty-first held-out run (set41, issue 12, round 41),
 * each with a control that must keep its verdict. None is taken from an evaluation set. Unit tests, not evidence
 * of accuracy.
 */
class AnalyzerFortyFirstRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private Verdict verdict(String text) {
        return analyzer.analyze(text).verdict();
    }

    @Test
    void a_rank_opening_a_dated_line_before_a_name_is_that_persons_own_entry() {
        assertThat(verdict("Describe your experience with traffic enforcement.\n\nTpr. Dana Ruiz, Elm State Highway Patrol, 2011 to present. "
                + "I make roughly 600 stops a year and work DUI patrols.\n")).isEqualTo(Verdict.LE);
        // control: ranks before names in a references list are those people
        assertThat(verdict("References\n\nLt. Dana Ruiz, Elm Police Department, (555) 555-0100\nSgt. Omar Hale, Elm Police Department, "
                + "555-0101\n\nExperience\nCashier, Elm Mart, 2015-2020\n")).isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void a_jail_deputy_who_was_never_assigned_to_patrol_holds_a_jail_post() {
        assertThat(verdict("Kim Moss\nDispatcher | Elm City, KS\n\nElm County Sheriff's Office — Deputy Sheriff (Detention Division), "
                + "2009-2016. Assigned to the Adult Detention Center; custody and transport of inmates. Never assigned to patrol.\n"
                + "Dispatcher, Elm County, 2019-present\n")).isEqualTo(Verdict.UNCERTAIN);
        // control: a deputy who moved from the jail to the road
        assertThat(verdict("Kim Moss\n\nElm County Sheriff's Office — Deputy Sheriff (Detention Division, then Patrol), 2009-2016. "
                + "Jail, then road patrol and warrants.\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_patrolman_in_an_air_force_security_forces_squadron_is_military_police() {
        assertThat(verdict("SSgt Kim Obi, USAF\n\nEXPERIENCE\nPatrolman / Desk Sergeant, 27th SFS, Elm AFB — 2017–2021\n"))
                .isEqualTo(Verdict.UNCERTAIN);
        // control: the same titles at a city department
        assertThat(verdict("Kim Obi\n\nEXPERIENCE\nPatrolman / Desk Sergeant, Elm Police Department — 2017–2021\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void an_officer_a_duty_asks_for_help_in_the_present_tense_is_someone_else() {
        assertThat(verdict("Derek Alston\nRegistered Process Server, Elm County — 2014 to present\n"
                + "  I serve summons and subpoenas. Sometimes ask a court officer at the district court to confirm returns.\n"))
                .isEqualTo(Verdict.NOT_LE);
        // control: a court officer's own post
        assertThat(verdict("Derek Alston\nCourt Officer, Elm County District Court — 2014 to present\n"
                + "  Courtroom security and prisoner escort.\n")).isEqualTo(Verdict.UNCERTAIN);
    }
}
