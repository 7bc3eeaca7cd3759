package org.secondlook.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands. Stored as a stable code (never the ordinal or the Java name), with the
 * transitions allowed between states spelled out here and nowhere else.
 */
public enum ReviewState {
    /** Imported, nobody has decided yet. */
    NEW("NEW"),
    /** A reviewer referred it to a supervisor without deciding. */
    REFERRED("REFERRED"),
    /** A decision waits for sign-off. */
    DECIDED("DECIDED"),
    /** A supervisor returned the decision with a comment; back with its reviewer. */
    RETURNED("RETURNED"),
    /** A supervisor approved the decision; it is immutable. */
    SIGNED_OFF("SIGNED_OFF");

    private final String code;

    ReviewState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ReviewState fromCode(String code) {
        for (ReviewState s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown review state code: " + code);
    }

    /** States this one may move to. Undoing a decision goes back to NEW, REFERRED or RETURNED. */
    public Set<ReviewState> next() {
        return switch (this) {
            case NEW -> EnumSet.of(DECIDED, REFERRED);
            case REFERRED -> EnumSet.of(DECIDED, NEW);
            case DECIDED -> EnumSet.of(DECIDED, SIGNED_OFF, RETURNED, NEW, REFERRED);
            case RETURNED -> EnumSet.of(DECIDED);
            case SIGNED_OFF -> EnumSet.of(DECIDED); // a superseding decision, which needs its own sign-off
        };
    }

    public boolean canMoveTo(ReviewState target) {
        return next().contains(target);
    }

    /** Throws {@link IllegalStateTransitionException} unless {@code target} is allowed from here. */
    public ReviewState moveTo(ReviewState target) {
        if (!canMoveTo(target)) {
            throw new IllegalStateTransitionException(this, target);
        }
        return target;
    }
}
