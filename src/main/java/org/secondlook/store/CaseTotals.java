package org.secondlook.store;

import java.util.Map;

/**
 * Case counts by state, classifier label and field office, each in key order (the stored codes; a missing
 * value is the empty key).
 */
public record CaseTotals(Map<String, Long> byState, Map<String, Long> byLabel, Map<String, Long> byOffice) {
    public CaseTotals {
        byState = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byState));
        byLabel = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byLabel));
        byOffice = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byOffice));
    }

    /** All cases. */
    public long cases() {
        return byState.values().stream().mapToLong(Long::longValue).sum();
    }
}
