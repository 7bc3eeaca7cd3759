package org.secondlook.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.secondlook.domain.Track;

/** The command line and the workbook show the same words for codes as the window. */
class WordsTest {
    @Test
    void theWordsAreTheWindowsWords() throws Exception {
        Properties window = new Properties();
        try (var in = new InputStreamReader(WordsTest.class.getResourceAsStream("/org/secondlook/ui/messages.properties"),
                StandardCharsets.UTF_8)) {
            window.load(in);
        }
        Properties ours = new Properties();
        try (var in = new InputStreamReader(Words.class.getResourceAsStream("words.properties"), StandardCharsets.UTF_8)) {
            ours.load(in);
        }
        int compared = 0;
        for (String key : ours.stringPropertyNames()) {
            if (window.containsKey(key)) {
                assertThat(ours.getProperty(key)).as(key).isEqualTo(window.getProperty(key));
                compared++;
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(20);
    }

    @Test
    void codesBecomeWordsAndUnknownCodesStay() {
        assertThat(Words.track(Track.ACADEMY)).isEqualTo("Basic academy");
        assertThat(Words.track((Track) null)).isEqualTo("either track");
        assertThat(Words.verdict("NOT_LE")).isEqualTo("Not law enforcement");
        assertThat(Words.label("NON_LEO")).isEqualTo("Not LEO");
        assertThat(Words.state("SIGNED_OFF")).isEqualTo("Signed off");
        assertThat(Words.kind("SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
        assertThat(Words.state(null)).isEmpty();
    }
}
