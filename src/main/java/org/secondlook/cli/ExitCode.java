package org.secondlook.cli;

/** Exit codes of the command line (the design notes, "Command-line conventions"). */
public final class ExitCode {
    public static final int OK = 0;
    /** verify-audit / verify-package found a problem. */
    public static final int CHECK_FAILED = 1;
    public static final int USAGE = 2;
    public static final int BAD_CREDENTIALS = 3;
    public static final int NOT_PERMITTED = 4;
    public static final int CONFLICT = 5;
    /** The machine failed us: disk full, read-only folder, database server unreachable. */
    public static final int MACHINE_FAILED = 6;

    private ExitCode() {
    }
}
