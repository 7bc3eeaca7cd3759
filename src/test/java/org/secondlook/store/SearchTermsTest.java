package org.secondlook.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchTermsTest {
    @Test
    void wordsAreLowerCasedWithoutAccentsAndNumbersAreLeftOut() {
        assertThat(SearchTerms.of("Zoë Ångström, Deputy SHERIFF (2015–2021), badge #4471, adams0@example.org"))
                .containsExactlyInAnyOrder("zoe", "angstrom", "deputy", "sheriff", "badge", "example", "org");
    }

    @Test
    void oneLetterWordsAreLeftOutAndLongOnesCut() {
        String longWord = "a".repeat(60);
        assertThat(SearchTerms.of("I am a " + longWord)).containsExactlyInAnyOrder("am", "a".repeat(40));
    }

    @Test
    void aSearchKeepsItsOrderAndMatchesWholeShortWordsAndBeginningsOfLongerOnes() {
        List<String> words = SearchTerms.query("Sher at SHER");
        assertThat(words).containsExactly("sher", "at");
        assertThat(SearchTerms.allMatch(words, Set.of("sheriff", "at"))).isTrue();
        assertThat(SearchTerms.allMatch(words, Set.of("sheriff", "that"))).as("'at' is not 'that'").isFalse();
        assertThat(SearchTerms.allMatch(words, Set.of("at"))).isFalse();
        assertThat(SearchTerms.query("DEN-0001")).containsExactly("den", "0001");
        assertThat(SearchTerms.indexable("0001")).isFalse();
    }
}
