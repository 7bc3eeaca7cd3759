package org.secondlook.review;

/** Wrong user name or password (command line: exit code 3). The message never says which was wrong. */
public class AuthenticationException extends Exception {
    private static final long serialVersionUID = 1L;

    public AuthenticationException(String message) {
        super(message);
    }
}
