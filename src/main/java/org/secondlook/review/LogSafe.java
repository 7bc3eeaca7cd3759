package org.secondlook.review;

import java.sql.SQLException;

/**
 * A failure described for the log without its messages, which may quote data (H2, for one, puts
 * the offending value in its error text): exception classes, SQL states and error codes, and where
 * the innermost one was thrown.
 */
public final class LogSafe {
    private LogSafe() {
    }

    public static String describe(Throwable t) {
        StringBuilder b = new StringBuilder();
        Throwable last = t;
        for (Throwable c = t; c != null && b.length() < 2000; c = c.getCause()) {
            if (b.length() > 0) {
                b.append(" <- ");
            }
            b.append(c.getClass().getName());
            if (c instanceof SQLException s) {
                b.append("[SQLState ").append(s.getSQLState()).append(", code ").append(s.getErrorCode()).append(']');
            }
            last = c;
            if (c.getCause() == c) {
                break;
            }
        }
        StackTraceElement[] st = last.getStackTrace();
        for (int i = 0; i < Math.min(8, st.length); i++) {
            b.append("\n\tat ").append(st[i]);
        }
        return b.toString();
    }
}
