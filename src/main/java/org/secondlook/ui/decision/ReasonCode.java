package org.secondlook.ui.decision;

import org.secondlook.domain.Track;

/**
 * A reason a reviewer gives with a decision: the stored code, its plain-language label and the track
 * it supports ({@code null}: either track, {@code ANY} in the file).
 */
public record ReasonCode(String code, String label, Track track) {
    public ReasonCode(String code, String label) {
        this(code, label, null);
    }

    /** Whether this reason may go with a decision for {@code t}. */
    public boolean fits(Track t) {
        return track == null || track == t;
    }

    @Override
    public String toString() {
        return label;
    }
}
