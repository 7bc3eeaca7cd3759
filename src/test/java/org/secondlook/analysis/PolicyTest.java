package org.secondlook.analysis;
import org.secondlook.domain.Verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyTest {
    @TempDir
    Path dir;

    private static final String CORRECTIONS = "Experience\nCorrectional Officer, State Prison\nMarch 2005 to March 2009\n";

    private Path policy(String json) throws Exception {
        Path p = dir.resolve("policy.json");
        Files.writeString(p, json);
        return p;
    }

    @Test
    void correctionsFlipsFromUncertainToLeWhenThePolicySaysSo() throws Exception {
        assertThat(Analyzer.withDefaultPolicy().analyze(CORRECTIONS).verdict()).isEqualTo(Verdict.UNCERTAIN);
        Path p = policy("{\n \"minimumMonths\": 0,\n \"roleFamilies\": {\n"
                + "  \"police\": {\"lexicon\": \"roles-police.txt\", \"treatment\": \"le\"},\n"
                + "  \"corrections\": {\"lexicon\": \"roles-corrections.txt\", \"treatment\": \"le\"}\n }\n}\n");
        AnalysisResult r = Analyzer.withPolicy(p).analyze(CORRECTIONS);
        assertThat(r.verdict()).isEqualTo(Verdict.LE);
        assertThat(r.leMonths()).isEqualTo(49);
    }

    @Test
    void minimumMonthsAppliesOnlyWhereDatesExist() throws Exception {
        Path p = policy("{\"minimumMonths\": 24, \"roleFamilies\": {\"police\": {\"lexicon\": \"roles-police.txt\", \"treatment\": \"le\"}}}");
        Analyzer a = Analyzer.withPolicy(p);
        assertThat(a.analyze("Police Officer Jan 2019 to June 2019").verdict()).isEqualTo(Verdict.UNCERTAIN);
        assertThat(a.analyze("Police Officer 2010 to 2019").verdict()).isEqualTo(Verdict.LE);
        assertThat(a.analyze("Police Officer, Springfield").verdict()).isEqualTo(Verdict.LE);
    }

    @Test
    void aLexiconBesideThePolicyFileIsUsed() throws Exception {
        Files.writeString(dir.resolve("roles-extra.txt"), "# local title\nharbour warden\n");
        Path p = policy("{\"roleFamilies\": {\"extra\": {\"lexicon\": \"roles-extra.txt\", \"treatment\": \"le\"}}}");
        assertThat(Analyzer.withPolicy(p).analyze("Harbour Warden 2001-2004").verdict()).isEqualTo(Verdict.LE);
    }

    @Test
    void malformedJsonIsRefusedWithItsLine() throws Exception {
        Path p = policy("{\n  \"minimumMonths\": 0,\n  \"roleFamilies\": {\n    \"police\": {\"lexicon\" \"roles-police.txt\"}\n  }\n}\n");
        assertThatThrownBy(() -> Analyzer.withPolicy(p)).isInstanceOf(PolicyException.class)
                .hasMessageContaining("line 4").hasMessageContaining("not valid JSON");
    }

    @Test
    void badTreatmentAndMissingLexiconAreRefusedWithLineAndReason() throws Exception {
        Path p = policy("{\n \"roleFamilies\": {\n  \"police\": {\"lexicon\": \"roles-police.txt\", \"treatment\": \"maybe\"}\n }\n}");
        assertThatThrownBy(() -> Analyzer.withPolicy(p)).isInstanceOf(PolicyException.class)
                .hasMessageContaining("line 3").hasMessageContaining("\"le\" or \"deferred\"");
        Path q = policy("{\n \"roleFamilies\": {\n  \"police\": {\"lexicon\": \"nope.txt\", \"treatment\": \"le\"}\n }\n}");
        assertThatThrownBy(() -> Analyzer.withPolicy(q)).isInstanceOf(PolicyException.class)
                .hasMessageContaining("line 3").hasMessageContaining("nope.txt");
        Path r = policy("{\"minimumMonths\": -3, \"roleFamilies\": {}}");
        assertThatThrownBy(() -> Analyzer.withPolicy(r)).isInstanceOf(PolicyException.class)
                .hasMessageContaining("minimumMonths");
    }
}
