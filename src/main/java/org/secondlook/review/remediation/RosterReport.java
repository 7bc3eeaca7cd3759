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

    /** A rejected row as the window shows it: its row number, the applicant id it named (or null), the reason. */
    public record Rejected(int rowNumber, String applicantId, String reason) {
    }

    /** The rejected rows, in file order. */
    public List<Rejected> rejectedRows() {
        return rejected.stream().map(r -> new Rejected(r.rowNumber(), r.applicantId(), r.reason())).toList();
    }
}
