package org.secondlook.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.secondlook.review.cases.Span;

class SearchMatchesTest {
    private static List<String> marked(String text, String search) {
        return SearchMatches.in(text, SearchMatches.terms(search)).stream().map(Span::text).toList();
    }

    @Test
    void wordsMatchWithoutCaseOrAccentsAndLongerOnesAlsoByTheirBeginning() {
        String text = "Deputy Sheriff, Bexar County Sheriff's Office; résumé of José Núñez; IT support.";
        assertThat(marked(text, "sher")).containsExactly("Sheriff", "Sheriff");
        assertThat(marked(text, "JOSE nunez")).containsExactly("José", "Núñez");
        assertThat(marked(text, "resume")).containsExactly("résumé");
        assertThat(marked(text, "it")).as("two letters: whole words only").containsExactly("IT");
        assertThat(marked(text, "ty")).isEmpty();
        assertThat(marked(text, "x")).as("one letter is not a search word").isEmpty();
        assertThat(marked(text, "")).isEmpty();
    }

    @Test
    void spansPointAtTheWordsInTheText() {
        String text = "Loan officer at First Harbor Bank";
        List<Span> spans = SearchMatches.in(text, SearchMatches.terms("harbor, bank!"));
        assertThat(spans).extracting(s -> text.substring(s.start(), s.end())).containsExactly("Harbor", "Bank");
        assertThat(spans).extracting(Span::kind).containsOnly(SearchMatches.KIND);
        assertThat(SearchMatches.terms("Bank bank BANK")).containsExactly("bank");
    }
}
