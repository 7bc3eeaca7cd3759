package org.secondlook.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.secondlook.domain.Track;

/**
 * Words for stored codes (tracks, review states, the screening tool's labels, verdicts, finding
 * kinds) as the command line and the workbook show them: the same words the window shows. A code
 * without words stays as it is.
 */
public final class Words {
    private static final Properties WORDS = load();

    private Words() {
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Words.class.getResourceAsStream("words.properties")) {
            if (in == null) {
                throw new IllegalStateException("words.properties is missing from the class path");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static String word(String kind, String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        return WORDS.getProperty(kind + "." + code, code);
    }

    /** "LEO program", "Basic academy"; {@code null} → "either track". */
    public static String track(Track track) {
        return word("track", track == null ? "ANY" : track.name());
    }

    /** A stored track code in words ("ACADEMY" → "Basic academy"). */
    public static String track(String code) {
        return word("track", code);
    }

    /** A stored review state in words ("SIGNED_OFF" → "Signed off"). */
    public static String state(String code) {
        return word("state", code);
    }

    /** The screening tool's label in words ("NON_LEO" → "Not LEO"). */
    public static String label(String code) {
        return word("label", code);
    }

    /** The analyzer's verdict in words ("NOT_LE" → "Not law enforcement"). */
    public static String verdict(String code) {
        return word("verdict", code);
    }

    /** A finding's kind in words ("ASPIRATION" → "Wants to become an officer"). */
    public static String kind(String code) {
        return word("kind", code);
    }

    /** What a training record asks for, in words ("ENROL" → "Enroll"). */
    public static String trainingAction(String code) {
        return word("training.action", code);
    }

    /** Where a training record stands, in words ("IN_TRAINING" → "In training"). */
    public static String trainingState(String code) {
        return word("training.state", code);
    }

    /** A waiver's reason in words ("EQUIVALENT_TRAINING" → "Equivalent training elsewhere"). */
    public static String waiverReason(String code) {
        return word("training.waiver", code);
    }
}
