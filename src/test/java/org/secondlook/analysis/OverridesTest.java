package org.secondlook.analysis;
import org.secondlook.domain.Verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Analyzer#withOverrides(Path)}: an office's config folder over the shipped policy and lexicons. */
class OverridesTest {
    @TempDir
    Path dir;

    private static final String CORRECTIONS = "Experience\nCorrectional Officer, State Prison\nMarch 2005 to March 2009\n";

    @Test
    void anEmptyFolderGivesTheShippedBehaviour() throws Exception {
        Analyzer a = Analyzer.withOverrides(dir);
        assertThat(a.analyze(CORRECTIONS).verdict()).isEqualTo(Verdict.UNCERTAIN);
        assertThat(a.analyze("Police Officer, Akron Police Department, 2001 - 2012").verdict()).isEqualTo(Verdict.LE);
    }

    @Test
    void aPolicyFileInTheFolderReplacesTheShippedPolicy() throws Exception {
        Files.writeString(dir.resolve("policy.json"), "{\"minimumMonths\": 0, \"roleFamilies\": {"
                + "\"police\": {\"lexicon\": \"roles-police.txt\", \"treatment\": \"le\"},"
                + "\"corrections\": {\"lexicon\": \"roles-corrections.txt\", \"treatment\": \"le\"}}}");
        assertThat(Analyzer.withOverrides(dir).analyze(CORRECTIONS).verdict()).isEqualTo(Verdict.LE);
    }

    @Test
    void aLexiconFileInTheFolderReplacesOnlyThatLexicon() throws Exception {
        Files.writeString(dir.resolve("roles-conservation.txt"), "# our state's title\nharbor warden\n");
        Analyzer a = Analyzer.withOverrides(dir);
        assertThat(a.analyze("Harbor Warden, Port of Duluth, 2001 - 2012").verdict()).isEqualTo(Verdict.LE);
        assertThat(a.analyze(CORRECTIONS).verdict()).isEqualTo(Verdict.UNCERTAIN);
        assertThat(Analyzer.withDefaultPolicy().analyze("Harbor Warden, Port of Duluth, 2001 - 2012").verdict()).isEqualTo(Verdict.NOT_LE);
    }

    @Test
    void anInvalidLexiconIsRefusedWithItsFileAndLine() throws Exception {
        Files.writeString(dir.resolve("ranks.txt"), "# ranks\nsergeant\n---\n");
        assertThatThrownBy(() -> Analyzer.withOverrides(dir)).isInstanceOf(PolicyException.class)
                .hasMessageContaining("ranks.txt").hasMessageContaining("line 3");
        Files.write(dir.resolve("ranks.txt"), new byte[] {'o', 'k', '\n', (byte) 0xC3, (byte) 0x28, '\n'});
        assertThatThrownBy(() -> Analyzer.withOverrides(dir)).isInstanceOf(PolicyException.class)
                .hasMessageContaining("ranks.txt").hasMessageContaining("line 2").hasMessageContaining("UTF-8");
    }

    @Test
    void anInvalidPolicyIsRefusedWithItsFileAndLine() throws Exception {
        Files.writeString(dir.resolve("policy.json"), "{\n \"minimumMonths\": 12,\n \"roleFamilies\": {\n  \"police\" {}\n }\n}\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Analyzer.withOverrides(dir)).isInstanceOf(PolicyException.class)
                .hasMessageContaining("policy.json").hasMessageContaining("line 4");
    }
}
