package org.secondlook.review.exchange;

import java.time.LocalDate;
import java.util.Set;
import org.secondlook.domain.ReviewState;

/**
 * Which cases an export covers. Empty states, a null office or a null date mean "any": without a
 * state every case is exported, undecided ones with empty decision columns.
 *
 * @param since cases imported, decided or signed off on or after this day (the office's time zone)
 */
public record ExportFilter(Set<ReviewState> states, String office, LocalDate since) {
    public static final ExportFilter ALL = new ExportFilter(Set.of(), null, null);

    public ExportFilter {
        states = states == null ? Set.of() : Set.copyOf(states);
    }

    /** The filter as an export's audit event states it, e.g. {@code "; states [DECIDED]; office ERO Denver"}; empty for all. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (!states.isEmpty()) {
            sb.append("; states ").append(states);
        }
        if (office != null) {
            sb.append("; office ").append(office);
        }
        if (since != null) {
            sb.append("; since ").append(since);
        }
        return sb.toString();
    }
}
