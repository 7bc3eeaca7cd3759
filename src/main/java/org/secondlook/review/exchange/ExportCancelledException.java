package org.secondlook.review.exchange;

/** The user cancelled an export; nothing was written. */
public class ExportCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExportCancelledException() {
        super("The export was canceled; no file was written.");
    }
}
