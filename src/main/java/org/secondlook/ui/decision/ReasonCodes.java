package org.secondlook.ui.decision;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.secondlook.domain.Track;

/**
 * Reads {@code reason-codes.properties} (top-level {@code resources/}, on the class path), in file order:
 * {@code CODE = label} and {@code CODE.track = LEO | ACADEMY | ANY} (docs/formats.md, reason codes).
 */
public final class ReasonCodes {
    public static final String RESOURCE = "/reason-codes.properties";

    private ReasonCodes() {
    }

    public static List<ReasonCode> load() {
        try (InputStream in = ReasonCodes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("reason-codes.properties is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ReasonCode> parse(String content) throws IOException {
        Properties props = new Properties();
        props.load(new StringReader(content));
        List<ReasonCode> codes = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new StringReader(content))) {
            String line;
            while ((line = lines.readLine()) != null) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#") || t.startsWith("!")) {
                    continue;
                }
                String key = t.split("[=:\\s]", 2)[0];
                if (props.containsKey(key) && !key.contains(".")) {
                    codes.add(new ReasonCode(key, props.getProperty(key).strip(), track(props.getProperty(key + ".track"))));
                }
            }
        }
        return List.copyOf(codes);
    }

    /** The track a {@code .track} value names; {@code null} for ANY or no line (the reason fits either track). */
    static Track track(String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("ANY")) {
            return null;
        }
        return Track.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
    }
}
