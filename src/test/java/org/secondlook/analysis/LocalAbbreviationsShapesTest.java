package org.secondlook.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written checks for department and state-patrol initials say yes to exactly the strings the
 * patterns they replace ({@code [A-Z]{1,4}PD}, {@code [A-Z]{1,2}S?HP|[A-Z]{1,2}SP}) match, over every
 * string of up to seven chars from an alphabet that holds each letter the shapes name, another capital,
 * lower case and a digit, each checked inside a longer text (the checks read a range of it).
 */
class LocalAbbreviationsShapesTest {
    private static final Pattern INITIALS = Pattern.compile("[A-Z]{1,4}PD");
    private static final Pattern STATE_PATROL = Pattern.compile("[A-Z]{1,2}S?HP|[A-Z]{1,2}SP");
    private static final char[] ALPHABET = {'P', 'D', 'H', 'S', 'N', 'p', 'd', '0'};

    @Test
    void the_checks_agree_with_the_patterns_on_every_short_string() {
        List<String> all = new ArrayList<>();
        all.add("");
        List<String> last = List.of("");
        for (int len = 1; len <= 7; len++) {
            List<String> next = new ArrayList<>();
            for (String s : last) {
                for (char c : ALPHABET) {
                    next.add(s + c);
                }
            }
            all.addAll(next);
            last = next;
        }
        int departments = 0;
        int patrols = 0;
        for (String s : all) {
            String text = "x " + s + " y";
            int from = 2;
            int to = 2 + s.length();
            boolean department = INITIALS.matcher(s).matches();
            boolean patrol = STATE_PATROL.matcher(s).matches();
            assertThat(LocalAbbreviations.departmentInitials(text, from, to)).as("department initials: '%s'", s).isEqualTo(department);
            assertThat(LocalAbbreviations.statePatrolInitials(text, from, to)).as("state patrol initials: '%s'", s).isEqualTo(patrol);
            departments += department ? 1 : 0;
            patrols += patrol ? 1 : 0;
        }
        assertThat(departments).as("strings the department pattern matches").isGreaterThan(100);
        assertThat(patrols).as("strings the state-patrol pattern matches").isGreaterThan(50);
    }

    @Test
    void known_initials_are_recognized_and_look_alikes_are_not() {
        for (String s : List.of("MPD", "LAPD", "NYPD", "ABCDPD")) {
            assertThat(LocalAbbreviations.departmentInitials(s, 0, s.length())).as(s).isTrue();
        }
        for (String s : List.of("PD", "ABCDEPD", "MPd", "M-PD", "and")) {
            assertThat(LocalAbbreviations.departmentInitials(s, 0, s.length())).as(s).isFalse();
        }
        for (String s : List.of("OSHP", "NCSHP", "KHP", "ISP", "NJSP")) {
            assertThat(LocalAbbreviations.statePatrolInitials(s, 0, s.length())).as(s).isTrue();
        }
        for (String s : List.of("HP", "SP", "ABCHP", "ABCSP", "NCSHp", "help", "IBP")) {
            assertThat(LocalAbbreviations.statePatrolInitials(s, 0, s.length())).as(s).isFalse();
        }
    }
}
