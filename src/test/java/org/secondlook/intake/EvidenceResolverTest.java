package org.secondlook.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.secondlook.domain.EvidenceSpan;

class EvidenceResolverTest {
    private final EvidenceResolver resolver = new EvidenceResolver(new ObjectMapper());
    private final List<String> notes = new ArrayList<>();

    private List<String> matched(String text, List<EvidenceSpan> spans) {
        return spans.stream().map(s -> text.substring(s.getStart(), s.getEnd())).toList();
    }

    @Test
    void termsMatchCaseInsensitivelyAtWordBoundariesEveryOccurrence() throws Exception {
        String text = "OFFICER of the year; officers' club; Petty Officer; nonofficer; Police officer-in-charge.";
        List<EvidenceSpan> spans = resolver.resolve("officer", text, notes);
        assertThat(matched(text, spans)).containsExactly("OFFICER", "Officer", "officer");
        assertThat(spans).extracting(EvidenceSpan::getStart).isSorted();
        assertThat(spans).extracting(EvidenceSpan::getTerm).containsOnly("officer");
        assertThat(notes).isEmpty();
    }

    @Test
    void severalTermsAndMultiWordTermsInTextOrder() throws Exception {
        String text = "Deputy Sheriff (2010). Later a Police Officer; sheriff's deputy.";
        List<EvidenceSpan> spans = resolver.resolve(" police officer ; sheriff;; trooper", text, notes);
        assertThat(matched(text, spans)).containsExactly("Sheriff", "Police Officer", "sheriff");
        assertThat(notes).containsExactly("evidence term 'trooper' does not occur in the résumé text");
    }

    @Test
    void jsonSpansAreTakenAsGiven() throws Exception {
        String text = "Loan Officer";
        List<EvidenceSpan> spans = resolver.resolve("[{\"start\":5,\"end\":12,\"term\":\"officer\"},{\"start\":0,\"end\":4}]", text, notes);
        assertThat(spans).extracting(EvidenceSpan::getStart, EvidenceSpan::getEnd).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, 4), org.assertj.core.groups.Tuple.tuple(5, 12));
        assertThat(spans.get(0).getTerm()).isEqualTo("Loan");
        assertThat(notes).isEmpty();
    }

    @Test
    void aJsonSpanWhoseTermDiffersFromTheTextIsNoted() throws Exception {
        resolver.resolve("[{\"start\":0,\"end\":4,\"term\":\"officer\"}]", "Loan Officer", notes);
        assertThat(notes).containsExactly("evidence term 'officer' does not match the text at 0–4");
    }

    @Test
    void spansOutsideTheTextOrMalformedReject() {
        assertThatThrownBy(() -> resolver.resolve("[{\"start\":-1,\"end\":2}]", "abc", notes))
                .hasMessage("classifier_evidence span -1–2 lies outside the résumé text (3 characters)");
        assertThatThrownBy(() -> resolver.resolve("[{\"start\":2,\"end\":1}]", "abc", notes))
                .hasMessage("classifier_evidence span 2–1 lies outside the résumé text (3 characters)");
        assertThatThrownBy(() -> resolver.resolve("[{\"start\":\"a\",\"end\":1}]", "abc", notes))
                .hasMessage("classifier_evidence item 1 needs whole-number \"start\" and \"end\"");
        assertThatThrownBy(() -> resolver.resolve("{\"start\":0,\"end\":1}", "abc", notes))
                .hasMessage("classifier_evidence must be a JSON array of {\"start\", \"end\", \"term\"} objects");
    }

    @Test
    void noEvidenceIsAnEmptyList() throws Exception {
        assertThat(resolver.resolve("  ", "abc", notes)).isEmpty();
        assertThat(resolver.resolve(null, "abc", notes)).isEmpty();
        assertThat(resolver.resolve("[]", "abc", notes)).isEmpty();
    }
}
