package org.secondlook.review;

/**
 * The installation before anyone has logged in: is there a database yet, create it, log in.
 * One instance per data directory, built in {@code app}.
 */
public interface Workstation {
    /** Whether the encrypted database and its key slots exist in the data directory. */
    boolean isInitialized();

    /**
     * Creates the encrypted database, the first administrator and the office name.
     *
     * @throws InvalidInputException when a value is unusable (e.g. a weak password), or a database exists
     */
    void initialize(String adminName, char[] password, String officeName);

    /**
     * Opens the database as {@code user}. A wrong name or password fails after a short delay, with
     * one sentence that does not say which of the two was wrong.
     */
    ReviewSession login(String user, char[] password) throws AuthenticationException;

    /**
     * Restores a backup into this (empty) data directory; the accounts and passwords are those at the
     * time of the backup. A damaged backup, or a folder that is not empty, is refused with one sentence;
     * a shared server is refused with a sentence naming its own tools.
     *
     * @return the names of the files restored
     */
    java.util.List<String> restore(java.nio.file.Path backup);

    /**
     * {@link #login} for work that only reads (the command line's {@code status}, {@code cases list}…):
     * the same checks, but nothing is started ahead for writing (Hibernate starts only if a read needs
     * it), which saves a second core's work and a second of class loading. Any service still works.
     */
    default ReviewSession loginToRead(String user, char[] password) throws AuthenticationException {
        return login(user, password);
    }
}
