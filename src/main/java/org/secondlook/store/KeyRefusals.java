package org.secondlook.store;

import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Telling H2's refusal of the key (a wrong file key or user password, or no file) from other failures to open. */
final class KeyRefusals {
    private static final Logger LOG = LoggerFactory.getLogger(KeyRefusals.class);
    private static final int H2_WRONG_FILE_KEY = 90049;
    private static final int H2_WRONG_USER_PASSWORD = 28000;
    private static final int H2_DATABASE_NOT_FOUND = 90146;

    private KeyRefusals() {
    }

    /** Throws {@link WrongKeyException} when {@code e} is H2 refusing the key; returns otherwise. */
    static void check(RuntimeException e) throws WrongKeyException {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql) {
                int code = sql.getErrorCode();
                if (code == H2_WRONG_FILE_KEY || code == H2_WRONG_USER_PASSWORD || code == H2_DATABASE_NOT_FOUND) {
                    LOG.info("The database refused the key (H2 error {})", code);
                    throw new WrongKeyException();
                }
                return;
            }
        }
    }
}
