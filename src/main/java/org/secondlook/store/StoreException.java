package org.secondlook.store;

/** The store failed for a reason the user cannot fix by retyping something (details in the log). */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
