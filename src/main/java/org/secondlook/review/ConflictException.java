package org.secondlook.review;

/** Someone else changed the case first (exit code 5); the message describes their change. */
public class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
