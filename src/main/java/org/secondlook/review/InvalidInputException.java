package org.secondlook.review;

/** Unusable input or wrong usage (exit code 2); the message is one sentence saying what and how to fix. */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
