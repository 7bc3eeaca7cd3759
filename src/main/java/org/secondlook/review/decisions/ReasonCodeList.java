package org.secondlook.review.decisions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.secondlook.review.InvalidInputException;

/**
 * The reason codes a decision may give, from {@code reason-codes.properties} on the class path (the
 * top-level {@code resources/} the review screen reads too), in file order: code → plain label.
 */
public final class ReasonCodeList {
    public static final String RESOURCE = "/reason-codes.properties";
    private final Map<String, String> codes;

    public ReasonCodeList(Map<String, String> codes) {
        this.codes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(codes));
    }

    /** The list shipped on the class path. */
    public static ReasonCodeList standard() {
        try (InputStream in = ReasonCodeList.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("reason-codes.properties is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReasonCodeList parse(String content) throws IOException {
        Properties props = new Properties();
        props.load(new StringReader(content));
        Map<String, String> out = new LinkedHashMap<>();
        try (BufferedReader lines = new BufferedReader(new StringReader(content))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#") || t.startsWith("!")) {
                    continue;
                }
                String key = t.split("[=:\\s]", 2)[0];
                if (props.containsKey(key)) {
                    out.put(key, props.getProperty(key).strip());
                }
            }
        }
        return new ReasonCodeList(out);
    }

    public Map<String, String> codes() {
        return codes;
    }

    public String label(String code) {
        return codes.getOrDefault(code, code);
    }

    /** The code as stored, or an {@link InvalidInputException} that lists the known codes. */
    public String require(String code) {
        String c = code == null ? "" : code.strip();
        if (!codes.containsKey(c)) {
            throw new InvalidInputException("Unknown reason code '" + c + "': use one of " + String.join(", ", codes.keySet())
                    + ".");
        }
        return c;
    }
}
