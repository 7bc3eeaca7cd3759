package org.secondlook.intake;

/** The batch file as a whole cannot be used; the message is one plain sentence saying what and how to fix. */
public class UnusableFileException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnusableFileException(String message) {
        super(message);
    }

    public UnusableFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
