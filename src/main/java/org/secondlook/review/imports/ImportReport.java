package org.secondlook.review.imports;

import java.util.List;
import org.secondlook.intake.RowRejection;

/**
 * The outcome of an import: counts, rejected rows with their reasons, and remarks that did not
 * reject a row (e.g. an evidence term not found in the text).
 */
public record ImportReport(int added, int updated, int unchanged, List<RowRejection> rejections,
                           List<String> notes, boolean cancelled) {
    public ImportReport {
        rejections = List.copyOf(rejections);
        notes = List.copyOf(notes);
    }

    public int rejected() {
        return rejections.size();
    }

    /** Exactly {@code 3 new, 0 updated, 0 unchanged, 5 rejected}. */
    public String countsLine() {
        return added + " new, " + updated + " updated, " + unchanged + " unchanged, " + rejected() + " rejected";
    }

    public boolean nothingChanged() {
        return added == 0 && updated == 0;
    }
}
