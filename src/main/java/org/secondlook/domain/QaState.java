package org.secondlook.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a blind QA second review stands. Stored by name (the names are the stable codes), with the
 * allowed transitions spelled out here and nowhere else.
 */
public enum QaState {
    /** Queued: waits for a reviewer other than the one who decided. */
    PENDING,
    /** The second reviewer chose the same track: done. */
    AGREED,
    /** The second reviewer chose the other track: waits for a supervisor to settle it. */
    DISAGREED,
    /** A supervisor settled the disagreement: done. */
    SETTLED;

    public Set<QaState> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(AGREED, DISAGREED);
            case DISAGREED -> EnumSet.of(SETTLED);
            case AGREED, SETTLED -> EnumSet.noneOf(QaState.class);
        };
    }

    /** Throws {@link IllegalStateException} unless {@code target} is allowed from here. */
    public QaState moveTo(QaState target) {
        if (!next().contains(target)) {
            throw new IllegalStateException("A QA review cannot go from " + this + " to " + target + ".");
        }
        return target;
    }
}
