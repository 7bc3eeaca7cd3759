package org.secondlook.domain;

import java.util.Locale;

/** Why training may be waived: the fixed list (issue 15). OTHER needs a text. Stored by name. */
public enum WaiverReason {
    /** Equivalent training completed elsewhere. */
    EQUIVALENT_TRAINING,
    /** An administrative decision (e.g. the position changed). */
    ADMINISTRATIVE,
    /** Anything else, explained in words. */
    OTHER;

    public static WaiverReason parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (WaiverReason r : values()) {
            if (r.name().equals(t)) {
                return r;
            }
        }
        throw new IllegalArgumentException("Unknown waiver reason '" + text
                + "': use EQUIVALENT_TRAINING, ADMINISTRATIVE or OTHER (OTHER needs --note).");
    }
}
