package org.secondlook.review.decisions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.secondlook.review.InvalidInputException;
import org.secondlook.review.Words;
import org.secondlook.domain.Track;

/**
 * The reason codes a decision may give, from {@code reason-codes.properties} on the class path (the
 * top-level {@code resources/} the review screen reads too), in file order: code → plain label, and
 * for each code the track it supports ({@code CODE.track = LEO | ACADEMY | ANY}; a code without that
 * line supports either track).
 */
public final class ReasonCodeList {
    public static final String RESOURCE = "/reason-codes.properties";
    static final String TRACK_SUFFIX = ".track";
    private final Map<String, String> codes;
    /** Code → the one track it supports; a code missing here supports either (ANY). */
    private final Map<String, Track> tracks;

    public ReasonCodeList(Map<String, String> codes) {
        this(codes, Map.of());
    }

    public ReasonCodeList(Map<String, String> codes, Map<String, Track> tracks) {
        this.codes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(codes));
        this.tracks = Map.copyOf(tracks);
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

    /**
     * An office's own list ({@code config/reason-codes.properties}), checked line by line: each line that is
     * not blank or a comment reads {@code CODE = label}, the code in capitals, digits and underscores, given
     * once. A mistake is refused with one sentence naming the file and the line.
     */
    public static ReasonCodeList read(java.nio.file.Path file) {
        String content;
        try {
            content = java.nio.file.Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InvalidInputException(file + " is not UTF-8 text: save it as UTF-8 and start again.");
        } catch (IOException e) {
            throw new InvalidInputException(file + " cannot be read (" + e.getClass().getSimpleName() + ").");
        }
        Map<String, String> out = new LinkedHashMap<>();
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].strip();
            if (t.isEmpty() || t.startsWith("#") || t.startsWith("!")) {
                continue;
            }
            String where = file + ", line " + (i + 1) + ": ";
            int eq = t.indexOf('=');
            if (eq < 0) {
                throw new InvalidInputException(where + "write each reason as CODE = label.");
            }
            String code = t.substring(0, eq).strip();
            String label = t.substring(eq + 1).strip();
            if (code.endsWith(".track")) {
                continue; // a reason's track, read from the release with reasons per track onward
            }
            if (!code.matches("[A-Z][A-Z0-9_]*")) {
                throw new InvalidInputException(where + "the code '" + code
                        + "' must be capital letters, digits and underscores, starting with a letter.");
            }
            if (label.isEmpty()) {
                throw new InvalidInputException(where + "the reason " + code + " has no label after the '='.");
            }
            if (out.putIfAbsent(code, label) != null) {
                throw new InvalidInputException(where + "the reason " + code + " is listed twice.");
            }
        }
        if (out.isEmpty()) {
            throw new InvalidInputException(file + " lists no reasons: give at least one line CODE = label.");
        }
        return new ReasonCodeList(out);
    }

    static ReasonCodeList parse(String content) throws IOException {
        Properties props = new Properties();
        props.load(new StringReader(content));
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, Track> tracks = new LinkedHashMap<>();
        try (BufferedReader lines = new BufferedReader(new StringReader(content))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#") || t.startsWith("!")) {
                    continue;
                }
                String key = t.split("[=:\\s]", 2)[0];
                if (!props.containsKey(key)) {
                    continue;
                }
                if (key.endsWith(TRACK_SUFFIX)) {
                    track(key.substring(0, key.length() - TRACK_SUFFIX.length()), props.getProperty(key))
                            .ifPresent(tr -> tracks.put(key.substring(0, key.length() - TRACK_SUFFIX.length()), tr));
                } else {
                    out.put(key, props.getProperty(key).strip());
                }
            }
        }
        tracks.keySet().retainAll(out.keySet());
        return new ReasonCodeList(out, tracks);
    }

    /** {@code LEO} or {@code ACADEMY} → that track; {@code ANY} → none (either track). */
    private static Optional<Track> track(String code, String value) {
        String v = value.strip().toUpperCase(Locale.ROOT);
        if (v.equals("ANY")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Track.valueOf(v));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("reason-codes.properties: " + code + TRACK_SUFFIX + " is '" + value.strip()
                    + "'; write LEO, ACADEMY or ANY.", e);
        }
    }

    public Map<String, String> codes() {
        return codes;
    }

    /** The track {@code code} supports, or empty when it supports either (ANY). */
    public Optional<Track> track(String code) {
        return Optional.ofNullable(tracks.get(code));
    }

    /** Whether a decision for {@code track} may give {@code code} as its reason. */
    public boolean fits(String code, Track track) {
        Track only = tracks.get(code);
        return only == null || only == track;
    }

    /** The codes (and labels) a decision for {@code track} may give, in file order. */
    public Map<String, String> codesFor(Track track) {
        Map<String, String> out = new LinkedHashMap<>();
        codes.forEach((code, label) -> {
            if (fits(code, track)) {
                out.put(code, label);
            }
        });
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * Refuses a reason that supports the other track, with a sentence naming the reason and the
     * reasons that fit.
     */
    public void requireFits(String code, Track track) {
        if (!fits(code, track)) {
            throw new InvalidInputException("The reason " + code + " (\"" + label(code) + "\") supports "
                    + Words.track(tracks.get(code)) + ", not " + Words.track(track) + ": choose " + Words.track(track)
                    + " with one of " + String.join(", ", codesFor(track).keySet()) + ", or the other track.");
        }
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
