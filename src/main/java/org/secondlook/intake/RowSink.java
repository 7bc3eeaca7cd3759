package org.secondlook.intake;

/** Where a row source sends its rows. */
interface RowSink {
    /**
     * @param fraction how much of the file has been read, 0–1, or -1 when not known
     * @return false to stop reading
     */
    boolean row(RawRow row, double fraction);

    /** A row that could not even be parsed into fields (e.g. a JSON Lines line that is not an object). */
    boolean unreadable(int rowNumber, String reason, double fraction);
}
