package org.secondlook.store;

/** The database refused the key: the slot was unlocked by a key that does not open this file. */
public class WrongKeyException extends Exception {
    private static final long serialVersionUID = 1L;

    public WrongKeyException() {
        super("The database refused the key.");
    }
}
