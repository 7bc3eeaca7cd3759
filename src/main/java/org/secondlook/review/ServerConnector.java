package org.secondlook.review;

/**
 * The first-run choice of "a shared server": connects to it with what the person typed, and says in one
 * sentence what is wrong (an exception whose message is that sentence).
 */
@FunctionalInterface
public interface ServerConnector {
    /** The server's workstation, and whether it holds an installation already (then: log in, no setup). */
    record Connected(Workstation workstation, boolean initialized) {
    }

    /**
     * Checks the URL, reads the password file and the CA file, connects once, and keeps the choice where the
     * command line finds it. {@code passwordFile} and {@code caFile} may be blank.
     */
    Connected connect(String url, String passwordFile, String caFile);
}
