package org.secondlook.domain;

import java.util.Locale;
import java.util.Optional;

/** The screening tool's decision, as it came in the batch. Evidence, never the decision. */
public enum ClassifierLabel {
    LEO, NON_LEO;

    /** The track the tool sent the applicant to: the LEO program, or the basic academy. */
    public Track track() {
        return this == LEO ? Track.LEO : Track.ACADEMY;
    }

    public static Optional<ClassifierLabel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (ClassifierLabel l : values()) {
            if (l.name().equals(t)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
