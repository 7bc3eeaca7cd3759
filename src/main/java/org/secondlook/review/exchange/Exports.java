package org.secondlook.review.exchange;

import org.secondlook.review.accounts.KeyRing;

/** The export side of a logged-in session: what a workbook or a package holds, read from the database. */
public interface Exports {
    /**
     * The rows of a workbook of the cases {@code filter} selects, streamed from the database.
     *
     * @throws org.secondlook.review.PermissionDeniedException unless the user is an admin or supervisor
     */
    ExportSource workbook(ExportFilter filter);

    /** Everything a headquarters package holds (admin or supervisor). */
    PackageSource packageSource();

    /** The installation's keys and trusted offices. */
    KeyRing keys();

    /** Headquarters' merge of a verified package (admin or supervisor). */
    PackageMergeTarget merges();

    /** Headquarters' conflicts queue. */
    MergeConflicts conflicts();

    /** Writes the export's audit event (what was exported, how many rows — never personal data). */
    void recordExport(String details);

    /** The audit event of a workbook export, the same from the command line and the window. */
    default void recordWorkbookExport(long cases, long evidenceRows, long auditEvents, boolean encrypted,
                                      ExportFilter filter) {
        recordExport("workbook: " + cases + " cases, " + evidenceRows + " evidence rows, " + auditEvents
                + " audit events" + (encrypted ? ", encrypted" : "") + filter.describe());
    }
}
