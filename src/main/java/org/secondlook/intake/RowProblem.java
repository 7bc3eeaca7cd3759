package org.secondlook.intake;

/** Why one row cannot be imported, as a plain phrase for the import report. */
final class RowProblem extends Exception {
    private static final long serialVersionUID = 1L;

    RowProblem(String reason) {
        super(reason, null, false, false);
    }
}
