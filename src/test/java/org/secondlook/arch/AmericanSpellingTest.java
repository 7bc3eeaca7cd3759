package org.secondlook.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Everything a user reads is American English (the users are US federal staff): the resource bundles,
 * the built-in reason codes and word lists' descriptions, the string literals of the code (messages,
 * command-line help and output), the README and the documents in {@code docs/}.
 */
class AmericanSpellingTest {
    /** British forms seen in this project or likely in it; word stems, matched case-insensitively. */
    private static final Pattern BRITISH = Pattern.compile("(?i)\\b(cancell(ed|ing|ation)|analys(e|ed|es|ing)\\b"
            + "|recognis|colour|behaviour|organis|favour|honour|centre\\b|labell(ed|ing)|modell(ed|ing)|travell(ed|ing)"
            + "|signall(ed|ing)|licence|defence|offence|judgement|catalogue|dialogue|programme|whilst|amongst"
            + "|\\w+is(ation|ations)\\b|(summar|prior|author|initial|custom|optim|minim|maxim|final|normal|serial"
            + "|standard|categor|real|util|visual|apolog|emphas|recogn|organ|special|memor|author)is(e|ed|es|ing)\\b)");

    /** Identifiers users meet as codes, not words: kept so scripts and exchanged files keep working. */
    private static final List<String> CODES = List.of("labelled_leo", "labelled_non_leo", "\"ENROL\"");

    @Test
    void userTextIsAmerican() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/resources"), Path.of("docs"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().matches(".*\\.(properties|md|txt)$")).toList()) {
                    scan(f, Files.readString(f, StandardCharsets.UTF_8), found);
                }
            }
        }
        scan(Path.of("README.md"), Files.readString(Path.of("README.md"), StandardCharsets.UTF_8), found);
        scan(Path.of("resources/reason-codes.properties"),
                Files.readString(Path.of("resources/reason-codes.properties"), StandardCharsets.ISO_8859_1), found);
        Pattern literal = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                StringBuilder strings = new StringBuilder();
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    Matcher m = literal.matcher(line);
                    while (m.find()) {
                        strings.append('"').append(m.group(1)).append("\"\n");
                    }
                }
                scan(f, strings.toString(), found);
            }
        }
        assertThat(found).as("British spellings where users read").isEmpty();
    }

    private static void scan(Path file, String text, List<String> found) {
        for (String code : CODES) {
            text = text.replace(code, "");
        }
        Matcher m = BRITISH.matcher(text);
        while (m.find()) {
            found.add(file + ": " + m.group());
        }
    }
}
