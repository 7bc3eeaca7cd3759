package org.secondlook.intake;

import java.util.ArrayList;
import java.util.List;

/** A handler that keeps every row it is given, for assertions. */
final class Collected implements BatchRowHandler {
    final List<ApplicantRecord> accepted = new ArrayList<>();
    final List<RowRejection> rejected = new ArrayList<>();

    @Override
    public void accepted(ApplicantRecord row) {
        accepted.add(row);
    }

    @Override
    public void rejected(RowRejection rejection) {
        rejected.add(rejection);
    }

    ApplicantRecord byId(String id) {
        return accepted.stream().filter(r -> r.applicantId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no accepted row " + id + "; rejected: " + rejected));
    }

    RowRejection rejectionOfRow(int row) {
        return rejected.stream().filter(r -> r.rowNumber() == row).findFirst()
                .orElseThrow(() -> new AssertionError("row " + row + " was not rejected; rejected: " + rejected));
    }
}
