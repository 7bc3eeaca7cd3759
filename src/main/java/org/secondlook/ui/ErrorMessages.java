package org.secondlook.ui;

/**
 * Turns a failure into the one sentence the user sees. Our services throw exceptions whose message
 * is already such a sentence (what went wrong, what to do); anything else gets a generic sentence
 * and its details only in the log.
 */
public final class ErrorMessages {
    private ErrorMessages() {
    }

    public static String sentence(Throwable e) {
        Throwable t = e;
        while (t != null) {
            if (t.getClass().getName().startsWith("org.secondlook.") && t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
            t = t.getCause();
        }
        if (e instanceof java.io.IOException && e.getMessage() != null) {
            return Messages.get("error.io", e.getMessage());
        }
        return Messages.get("error.unexpected");
    }
}
