package org.secondlook.intake;

import java.util.Locale;

/** Turns what POI throws for a bad workbook into one plain sentence. */
final class XlsxProblems {
    private XlsxProblems() {
    }

    static UnusableFileException unusable(String name, Throwable e, String where) {
        if (mentions(e, "zip bomb")) {
            return new UnusableFileException(name + " expands to far more data than a workbook should (a possible zip bomb),"
                    + " so it was not read; ask the sender to export the batch again.", e);
        }
        if (mentions(e, "max file count") || mentions(e, "maxfilecount")) {
            return new UnusableFileException(name + " holds too many parts to be a normal workbook, so it was not read;"
                    + " ask the sender to export the batch again.", e);
        }
        if (where.equals("open")) {
            return new UnusableFileException(name + " is damaged or incomplete (perhaps truncated) and cannot be opened as an"
                    + " Excel workbook; open it in Excel or LibreOffice, save it again as .xlsx, or ask for a new copy.", e);
        }
        return new UnusableFileException(name + " is damaged: it could not be read " + where
                + "; open it in Excel or LibreOffice, save it again as .xlsx, or ask for a new copy.", e);
    }

    static boolean mentions(Throwable e, String text) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(text)) {
                return true;
            }
        }
        return false;
    }

    static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
