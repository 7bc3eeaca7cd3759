package org.secondlook.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The office's policy: which role families count as law-enforcement employment ({@code le}) and
 * which are left to a reviewer ({@code deferred}), and the minimum months of dated service. Lexicon
 * files are read from the policy's own folder first, then from the shipped {@code analysis/}.
 */
public final class Policy {
    /** How a role family is treated. */
    public enum Treatment { LE, DEFERRED, NOT_LE }

    /** A lexicon file that cannot be used; unchecked inside the analyzer, a {@link PolicyException} outside. */
    static final class BadLexicon extends RuntimeException {
        BadLexicon(String message) {
            super(message);
        }
    }

    private final Map<String, Treatment> treatments;
    private final Map<String, String> lexiconFiles;
    private final int minimumMonths;
    private final Path folder;

    private Policy(Map<String, Treatment> treatments, Map<String, String> lexiconFiles, int minimumMonths, Path folder) {
        this.treatments = Map.copyOf(treatments);
        this.lexiconFiles = Map.copyOf(lexiconFiles);
        this.minimumMonths = minimumMonths;
        this.folder = folder;
    }

    public static Policy defaults() {
        try (InputStream in = Policy.class.getResourceAsStream("/analysis/policy.json")) {
            if (in == null) {
                throw new IllegalStateException("the shipped analysis/policy.json is missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), null, "Policy");
        } catch (IOException | PolicyException e) {
            throw new IllegalStateException("the shipped analysis policy is unusable: " + e.getMessage(), e);
        }
    }

    public static Policy read(Path file) throws PolicyException {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PolicyException("Cannot read policy file " + file.getFileName() + ": " + e.getMessage(), e);
        }
        Path dir = file.toAbsolutePath().getParent();
        return parse(json, dir, "Policy file " + file.getFileName());
    }

    /**
     * An office's override folder: its {@code policy.json} if present, else the shipped policy; each
     * lexicon file from the folder if present there, else the shipped one.
     */
    static Policy overrides(Path dir) throws PolicyException {
        Path file = dir.resolve("policy.json");
        if (Files.isRegularFile(file)) {
            return read(file);
        }
        try (InputStream in = Policy.class.getResourceAsStream("/analysis/policy.json")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), dir.toAbsolutePath(), "Policy");
        } catch (IOException e) {
            throw new IllegalStateException("the shipped analysis policy is unreadable", e);
        }
    }

    static Policy parse(String json, Path folder) throws PolicyException {
        return parse(json, folder, "Policy");
    }

    static Policy parse(String json, Path folder, String source) throws PolicyException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new PolicyException(source + " line " + line + ": not valid JSON (" + e.getOriginalMessage() + ").", e);
        }
        if (root == null || !root.isObject()) {
            throw new PolicyException("Policy line 1: the policy must be a JSON object.");
        }
        int minimum = 0;
        JsonNode min = root.get("minimumMonths");
        if (min != null) {
            if (!min.isInt() || min.asInt() < 0) {
                throw new PolicyException(source + " line " + lineOf(json, "\"minimumMonths\"")
                        + ": minimumMonths must be a whole number of months, 0 or more.");
            }
            minimum = min.asInt();
        }
        JsonNode families = root.get("roleFamilies");
        if (families == null || !families.isObject() || families.size() == 0) {
            throw new PolicyException(source + " line " + lineOf(json, "\"roleFamilies\"")
                    + ": roleFamilies must be an object naming at least one role family.");
        }
        Map<String, Treatment> treatments = new LinkedHashMap<>();
        Map<String, String> files = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = families.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String name = f.getKey();
            JsonNode spec = f.getValue();
            int line = lineOf(json, "\"" + name + "\"");
            JsonNode t = spec.get("treatment");
            JsonNode lex = spec.get("lexicon");
            if (t == null || !t.isTextual() || !(t.asText().equals("le") || t.asText().equals("deferred")
                    || t.asText().equals("not_le"))) {
                throw new PolicyException(source + " line " + line + ": role family \"" + name
                        + "\" needs \"treatment\": \"le\" or \"deferred\" (or \"not_le\").");
            }
            if (lex == null || !lex.isTextual() || lex.asText().isBlank()) {
                throw new PolicyException(source + " line " + line + ": role family \"" + name
                        + "\" needs a \"lexicon\" file name.");
            }
            treatments.put(name, switch (t.asText()) {
                case "le" -> Treatment.LE;
                case "not_le" -> Treatment.NOT_LE;
                default -> Treatment.DEFERRED;
            });
            files.put(name, lex.asText());
        }
        Policy p = new Policy(treatments, files, minimum, folder);
        for (Map.Entry<String, String> e : files.entrySet()) {
            if (!p.lexiconExists(e.getValue())) {
                throw new PolicyException(source + " line " + lineOf(json, "\"" + e.getKey() + "\"")
                        + ": lexicon file \"" + e.getValue() + "\" for role family \"" + e.getKey() + "\" was not found.");
            }
        }
        return p;
    }

    private static int lineOf(String json, String needle) {
        int at = json.indexOf(needle);
        if (at < 0) {
            return 1;
        }
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (json.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    public Treatment treatment(String family) {
        return treatments.getOrDefault(family, Treatment.DEFERRED);
    }

    public int minimumMonths() {
        return minimumMonths;
    }

    Map<String, String> roleLexicons() {
        return lexiconFiles;
    }

    private boolean lexiconExists(String name) {
        if (folder != null && Files.isRegularFile(folder.resolve(name))) {
            return true;
        }
        return Policy.class.getResource("/analysis/" + name) != null;
    }

    /**
     * The phrases of a lexicon file: one a line, blank lines and {@code #} comments skipped. A file
     * from the office's folder that is not UTF-8 or has a line with no letter or digit is refused
     * with its name and line ({@link BadLexicon}).
     */
    List<String> lexicon(String name) {
        String text;
        boolean local = folder != null && Files.isRegularFile(folder.resolve(name));
        try {
            if (local) {
                text = decode(Files.readAllBytes(folder.resolve(name)), name);
            } else {
                try (InputStream in = Policy.class.getResourceAsStream("/analysis/" + name)) {
                    if (in == null) {
                        throw new IllegalStateException("lexicon " + name + " is missing");
                    }
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new BadLexicon("Lexicon file " + name + " cannot be read: " + e.getMessage());
        }
        List<String> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (l.codePoints().noneMatch(Character::isLetterOrDigit)) {
                throw new BadLexicon("Lexicon file " + name + " line " + (i + 1)
                        + ": a phrase needs at least one letter or digit.");
            }
            out.add(l);
        }
        return out;
    }

    private static String decode(byte[] bytes, String name) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            String lenient = new String(bytes, StandardCharsets.UTF_8);
            int at = lenient.indexOf('\uFFFD');
            int line = 1;
            for (int i = 0; i < Math.max(0, at); i++) {
                line += lenient.charAt(i) == '\n' ? 1 : 0;
            }
            throw new BadLexicon("Lexicon file " + name + " line " + line + ": not UTF-8 text.");
        }
    }
}
