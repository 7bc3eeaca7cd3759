package org.secondlook.review.remediation;

import java.util.List;
import org.secondlook.intake.RowRejection;

/**
 * What a roster import did: rows applied (at least one move), rows that changed nothing (already
 * recorded), and every rejected row with its row number and reason, in file order.
 */
public record RosterReport(String fileName, long applied, long unchanged, List<RowRejection> rejected) {
    public boolean nothingChanged() {
        return applied == 0;
    }
}
