package org.secondlook.review.imports;

/** Progress of a long import, and the way to cancel it. */
public interface ImportProgress {
    ImportProgress NONE = new ImportProgress() { };

    /** Rows handled so far; {@code fraction} is 0–1, or negative when not known. */
    default void rowsDone(long rows, double fraction) {
    }

    /** Polled between rows; once true, the import stops after the row in hand (committed rows stay). */
    default boolean isCancelled() {
        return false;
    }
}
