package org.secondlook.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.secondlook.review.cases.Span;

class TimelineEntriesTest {
    private static final YearMonth TODAY = YearMonth.of(2026, 11);

    private static List<TimelineEntry> read(String text, String role) {
        int at = text.indexOf(role);
        return TimelineEntries.from(text, List.of(new Span(at, at + role.length(), "LE_EMPLOYMENT", role, "")), TODAY);
    }

    @Test
    void readsTheDateFormatsResumesUse() {
        assertThat(read("2013-08 to 2025-02   Deputy Sheriff, X County\n", "Deputy Sheriff").get(0))
                .extracting(TimelineEntry::from, TimelineEntry::to).containsExactly(YearMonth.of(2013, 8), YearMonth.of(2025, 2));
        assertThat(read("Police Officer, Mesa PD\n02/2012 - 06/2018\n", "Police Officer").get(0).months()).isEqualTo(77);
        assertThat(read("State Trooper\nNovember 2004 to July 2008\n", "State Trooper").get(0).from()).isEqualTo(YearMonth.of(2004, 11));
        assertThat(read("Special Agent, FBI, 2019 \u2013 present\n", "Special Agent").get(0).to()).isEqualTo(TODAY);
        assertThat(read("Police Officer 2008-2010\n", "Police Officer").get(0))
                .extracting(TimelineEntry::from, TimelineEntry::to).containsExactly(YearMonth.of(2008, 1), YearMonth.of(2010, 12));
    }

    @Test
    void noDatesNoEntryAndPhoneNumbersAreNotDates() {
        assertThat(read("Police Officer, Mesa PD\nCall (480) 555-1234\n", "Police Officer")).isEmpty();
    }
}
