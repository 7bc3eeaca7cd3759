package org.secondlook.analysis;

/** A policy file that cannot be used; the message names the line and the reason. */
public class PolicyException extends Exception {
    public PolicyException(String message) {
        super(message);
    }

    public PolicyException(String message, Throwable cause) {
        super(message, cause);
    }
}
