package org.secondlook.analysis;

import org.secondlook.domain.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * One self-written snippet per kind of failure seen in the twenty-first held-out run (set21, issue 12,
 * round 23), each with a control that must keep its verdict. None is taken from an evaluation set.
 * Unit tests, not evidence of accuracy.
 */
class AnalyzerTwentySecondRoundKindsTest {
    private final Analyzer analyzer = Analyzer.withDefaultPolicy().withReferenceMonth(YearMonth.of(2025, 1));

    private Verdict verdict(String text) {
        return analyzer.analyze(text).verdict();
    }

    @Test
    void a_bullet_that_opens_with_its_dates_then_a_rank_is_a_one_line_entry() {
        assertThat(verdict("Jo Marsh\nWork\n- 2011-2019 Sergeant, Elm Falls Police Department, patrol and traffic\n"
                + "- 2019 to now: claims adjuster, Elm Mutual\n")).isEqualTo(Verdict.LE);
        // control: a rank named in the middle of a dated bullet is someone the applicant dealt with
        assertThat(verdict("Jo Marsh\nWork\n- 2011-2019 claims adjuster, Elm Mutual; met with a Sergeant of the Elm Falls"
                + " Police Department about theft reports\n")).isNotEqualTo(Verdict.LE);
    }

    @Test
    void a_note_that_opens_with_a_length_of_service_then_a_title_in_shorthand_is_an_entry() {
        assertThat(verdict("call notes - cand Jo Marsh\n- 7 yrs Tpr. w/ Elm State Hwy Patrol, north post\n"
                + "- now a fleet safety coordinator\n")).isEqualTo(Verdict.LE);
        // control: the same shape at a civilian title
        assertThat(verdict("call notes - cand Jo Marsh\n- 7 yrs dispatcher w/ Elm State Hwy Patrol, north post\n"
                + "- now a fleet safety coordinator\n")).isNotEqualTo(Verdict.LE);
    }

    @Test
    void a_count_of_years_before_as_a_title_is_the_span_of_a_career() {
        assertThat(verdict("Interview notes - cand Jo Marsh\n- Before that: 4 years (2012-2016) as a police officer with the"
                + " Elm Falls Police Department, patrol and arrests.\n- Now a claims adjuster.\n")).isEqualTo(Verdict.LE);
        // control: the same span at a civilian title
        assertThat(verdict("Interview notes - cand Jo Marsh\n- Before that: 4 years (2012-2016) as a records clerk with the"
                + " Elm Falls Police Department, filing and reports.\n- Now a claims adjuster.\n")).isNotEqualTo(Verdict.LE);
    }

    @Test
    void a_negation_written_with_a_contraction_still_negates() {
        assertThat(verdict("Q: Tell me about the lab work.\nA: I was a property clerk at the Elm Falls Police Department for six"
                + " years, a civilian job - I wasn't a sworn officer.\n")).isNotEqualTo(Verdict.LE);
        // control: the same sentence without the negation
        assertThat(verdict("Q: Tell me about the patrol work.\nA: I was a sworn officer at the Elm Falls Police Department for six"
                + " years.\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_short_stint_counts_the_months_of_its_own_sentence_not_the_years_of_another_job() {
        assertThat(verdict("Bot: Tell us about your jobs.\nUser: I was a sworn deputy with the Elm County Sheriff's Office for"
                + " 7 months, then moved away. After that, retail at Elm Mart, 6 yrs total.\n")).isEqualTo(Verdict.UNCERTAIN);
        // control: a stint of over a year in the same shape
        assertThat(verdict("Bot: Tell us about your jobs.\nUser: I was a sworn deputy with the Elm County Sheriff's Office for"
                + " 3 years, then moved away. After that, retail at Elm Mart, 6 yrs total.\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void the_heading_of_interview_or_chat_notes_names_the_job_applied_for() {
        assertThat(verdict("JobBot chat - Deputy Sheriff Trainee, Elm County\nBot: Current job?\nCand: Forklift driver at Elm"
                + " Foods, 6 years.\n")).isEqualTo(Verdict.NOT_LE);
        // control: the applicant's own title under such a heading
        assertThat(verdict("JobBot chat - Warehouse Lead, Elm Foods\nBot: Current job?\nCand: Deputy sheriff with the Elm"
                + " County Sheriff's Office, 6 years.\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_title_in_a_note_about_another_candidate_is_that_candidates() {
        assertThat(verdict("Interview notes - cand Jo Marsh\n- claims adjuster at Elm Mutual, 8 yrs\n"
                + "- other finalist (Reyes) is a retired police officer with more field time\n")).isEqualTo(Verdict.NOT_LE);
        // control: the note is about the applicant
        assertThat(verdict("Interview notes - cand Jo Marsh\n- claims adjuster at Elm Mutual, 8 yrs\n"
                + "- before that she was a police officer with the Elm Falls PD, 2005-2014\n")).isEqualTo(Verdict.LE);
    }

    @Test
    void a_bullet_of_call_notes_about_the_applicant_is_not_a_duty_line() {
        assertThat(verdict("Call notes - Loss Prevention Lead\nApplicant: Jo Marsh\n- 5 yrs Elm Falls PD - city police officer,"
                + " patrol and arrests\n- since 2020 store detective at Elm Mart\n")).isEqualTo(Verdict.LE);
        // control: the same bullet in a résumé entry names someone the applicant dealt with
        assertThat(verdict("Jo Marsh\nStore Detective, Elm Mart, 2015-2020\n- 5 yrs of cases - city police officer called for"
                + " arrests\n")).isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void a_title_a_duty_calls_on_or_a_person_a_story_describes_is_someone_elses() {
        assertThat(verdict("Jo Marsh\nNight Desk Clerk (unarmed), Elm Inn, 2019-present\n  Check guests in; contact"
                + " university police when a fight breaks out.\n")).isEqualTo(Verdict.NOT_LE);
        assertThat(verdict("Q: Hardest case?\nA: A patient who was a police officer was hurt on duty; I handled the"
                + " claim at Elm Health.\n")).isEqualTo(Verdict.NOT_LE);
        // control: the applicant who was a police officer
        assertThat(verdict("Q: Hardest case?\nA: I was a police officer with the Elm Falls Police Department for nine years.\n"))
                .isEqualTo(Verdict.LE);
    }

    @Test
    void informal_spellings_and_shorthand_of_sworn_titles_are_read() {
        assertThat(verdict("hey im jo 👋\ni was a sherrifs deputie for elm county sherrif ofice 5 yrs (2012-2017) lol\n"
                + "now i drive for elm freight 🚚\n")).isEqualTo(Verdict.LE);
        assertThat(verdict("jo marsh 🌲\n7 yrs (2010-2017) as a commissioned LE ranger w/ the National Park Service 🦌\n"
                + "now a gear buyer\n")).isEqualTo(Verdict.LE);
        // control: the same informal style at a civilian job
        assertThat(verdict("hey im jo 👋\ni was a clerk for elm county sherrif ofice 5 yrs (2012-2017) lol\n"
                + "now i drive for elm freight 🚚\n")).isNotEqualTo(Verdict.LE);
    }

    @Test
    void a_line_opened_by_an_emoji_bullet_starts_a_new_sentence() {
        assertThat(verdict("hi all 👋 just moved to Elm City with my husband 🏡\n🔸 6 yrs as a deputy sheriff w/ the Elm County"
                + " Sheriff's Office (2012-2018)\n🔸 now: claims adjuster\n")).isEqualTo(Verdict.LE);
        // control: the husband's service, said in the same sentence
        assertThat(verdict("hi all 👋 just moved to Elm City with my husband, 6 yrs a deputy sheriff w/ the Elm County"
                + " Sheriff's Office 🏡\n🔸 me: claims adjuster since 2012\n")).isNotEqualTo(Verdict.LE);
    }

    @Test
    void a_rank_before_a_name_marked_retired_is_that_persons_own_rank() {
        assertThat(verdict("Lt. Dana Reyes (ret.) 🎣 - 25 yrs, Elm Falls PD\nnow lookin for part-time work\n")).isEqualTo(Verdict.LE);
        // control: a retired officer named as a reference
        assertThat(verdict("Jo Marsh\nClaims Adjuster, Elm Mutual, 2010-present\n\nReferences\nLt. Dana Reyes (ret.),"
                + " Elm Falls PD, 555-0100\n")).isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void a_dated_line_naming_its_own_agency_is_not_read_through_a_military_line_beside_it() {
        assertThat(verdict("Jo Marsh 👋\n⭐ 2001-2005 US Army, 11B infantry\n⭐ 2006-2016 Special Agent, DEA, Elm Field Division\n"
                + "⭐ 2016-now security consultant\n")).isEqualTo(Verdict.LE);
        // control: the same layout where the agent's line names no agency of its own
        assertThat(verdict("Jo Marsh 👋\n⭐ 2001-2005 US Army, military police\n⭐ 2006-2016 Special Agent, Fort Elm\n"
                + "⭐ 2016-now security consultant\n")).isNotEqualTo(Verdict.LE);
    }

    @Test
    void a_patrol_deputy_in_shorthand_is_a_deputy() {
        assertThat(verdict("yo im jo 👋\n🚓 8 yrs w/ the Elm Co SO as a road dep (sworn), then burned out lol\n"
                + "🛠️ now fixing bikes\n")).isEqualTo(Verdict.LE);
        // control: a civilian in the same shorthand
        assertThat(verdict("yo im jo 👋\n🚓 8 yrs w/ the Elm Co SO as a records clerk (civilian), then burned out lol\n"
                + "🛠️ now fixing bikes\n")).isNotEqualTo(Verdict.LE);
    }

    @Test
    void i_was_an_officer_with_no_agency_is_a_bare_officer_for_a_person() {
        assertThat(verdict("Q: Work history?\nA: Years ago I was an officer for nine years. I'd rather not say where.\n"
                + "A: Since then, bookkeeping at Elm Auto.\n")).isEqualTo(Verdict.UNCERTAIN);
        // control: an officer of a club
        assertThat(verdict("Q: Work history?\nA: Years ago I was an officer of the Elm Garden Club for nine years.\n"
                + "A: Since then, bookkeeping at Elm Auto.\n")).isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void a_post_certified_officer_is_a_certified_peace_officer() {
        assertThat(verdict("Jo Marsh\nI worked weekends as a POST-certified officer for the Elm Falls Police Department,"
                + " 2015-2019, and taught school on weekdays.\n")).isEqualTo(Verdict.LE);
        // control: the certification before a corrections title stays with that title
        assertThat(verdict("Jo Marsh\nFrom 2014 to 2020 I worked as a POST-certified detention officer at the Elm County"
                + " Jail.\n")).isEqualTo(Verdict.UNCERTAIN);
    }
}
