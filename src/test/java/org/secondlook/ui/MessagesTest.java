package org.secondlook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.secondlook.domain.ReviewState;
import org.secondlook.domain.Track;
import org.secondlook.ui.action.AppAction;
import org.secondlook.ui.casefile.HighlightStyles;

/** Every text key the UI code uses exists in messages.properties, and none is left empty. */
class MessagesTest {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT);
    private static final Pattern LITERAL = Pattern.compile("\"([a-z]+(?:\\.[A-Za-z0-9_]+)+\\.?)\"");

    @Test
    void everyKeyLiteralInTheUiCodeExists() throws IOException {
        Set<String> prefixes = BUNDLE.keySet().stream().map(k -> k.substring(0, k.indexOf('.') + 1)).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/secondlook/ui"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    String key = m.group(1);
                    boolean looksLikeKey = prefixes.stream().anyMatch(key::startsWith) && !key.endsWith(".css");
                    if (!looksLikeKey || key.endsWith(".")) {
                        continue; // a prefix for keys built from enum names, checked below
                    }
                    checked++;
                    if (!BUNDLE.containsKey(key)) {
                        missing.add(f.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
        assertThat(missing).isEmpty();
    }

    @Test
    void keysBuiltFromNamesExist() {
        Set<String> needed = new TreeSet<>();
        for (AppAction a : AppAction.values()) {
            needed.add(a.textKey());
        }
        for (AppAction.Group g : AppAction.Group.values()) {
            needed.add("menu." + g.name().toLowerCase(Locale.ROOT));
        }
        for (ReviewState s : ReviewState.values()) {
            needed.add("state." + s.name());
        }
        for (Track t : Track.values()) {
            needed.add("track." + t.name());
            needed.add("track." + t.name() + ".detail");
        }
        for (String kind : HighlightStyles.KNOWN_KINDS) {
            needed.add("kind." + kind);
            needed.add("cue." + kind);
        }
        for (String v : List.of("label.LEO", "label.NON_LEO", "verdict.LE", "verdict.NOT_LE", "verdict.UNCERTAIN")) {
            needed.add(v);
        }
        assertThat(needed.stream().filter(k -> !BUNDLE.containsKey(k))).isEmpty();
    }

    @Test
    void noTextIsEmptyAndArgumentsFormat() {
        for (String key : BUNDLE.keySet()) {
            assertThat(BUNDLE.getString(key)).as(key).isNotBlank();
        }
        assertThat(Messages.get("queue.status", 132, 2400, 41, 1907)).isEqualTo("132 of 2,400 shown \u00b7 41 decided today \u00b7 1,907 not yet signed off");
    }
}
