package org.secondlook.review;

/** The user's roles or the separation of duties forbid the action (exit code 4); the message names the rule. */
public class PermissionDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PermissionDeniedException(String rule) {
        super(rule);
    }
}
