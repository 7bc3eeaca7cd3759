package org.secondlook.exchange;

import org.secondlook.review.exchange.DecisionRow;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Totals for the <em>Summary</em> sheet, counted while the decision rows stream past (so they always
 * agree with the Decisions sheet, and no formula is needed). Keys are small sets (states, offices,
 * tracks, reasons), so the maps stay tiny however many rows there are.
 */
public final class SummaryCounts {
    static final String NONE = "(none)";
    static final String UNDECIDED = "(undecided)";

    private final Map<String, Long> byState = new TreeMap<>();
    private final Map<String, Long> byOffice = new TreeMap<>();
    private final Map<String, Long> byTrack = new TreeMap<>();
    private final Map<String, Long> byReason = new TreeMap<>();
    private long cases;
    private long toolLeo;
    private long toolLeoOverridden;
    private long toolNonLeoOverridden;

    void add(DecisionRow r) {
        cases++;
        byState.merge(orDefault(r.state(), NONE), 1L, Long::sum);
        byOffice.merge(orDefault(r.office(), NONE), 1L, Long::sum);
        byTrack.merge(orDefault(r.track(), UNDECIDED), 1L, Long::sum);
        byReason.merge(orDefault(r.reason(), UNDECIDED), 1L, Long::sum);
        boolean toolSaidLeo = "LEO".equals(r.toolLabel());
        if (toolSaidLeo) {
            toolLeo++;
            if ("ACADEMY".equals(r.track())) {
                toolLeoOverridden++;
            }
        } else if ("LEO".equals(r.track())) {
            toolNonLeoOverridden++;
        }
    }

    private static String orDefault(String v, String dflt) {
        return v == null || v.isBlank() ? dflt : v;
    }

    public long cases() { return cases; }
    public Map<String, Long> byState() { return Collections.unmodifiableMap(byState); }
    public Map<String, Long> byOffice() { return Collections.unmodifiableMap(byOffice); }
    public Map<String, Long> byTrack() { return Collections.unmodifiableMap(byTrack); }
    public Map<String, Long> byReason() { return Collections.unmodifiableMap(byReason); }
    /** Cases the screening tool labelled LEO. */
    public long toolLeo() { return toolLeo; }
    /** Of those, how many a person decided should go to the basic academy instead. */
    public long toolLeoOverridden() { return toolLeoOverridden; }
    /** Cases the tool labelled NON_LEO that a person sent to the LEO program. */
    public long toolNonLeoOverridden() { return toolNonLeoOverridden; }
}
