package org.secondlook.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The root command: global options, then one sub-command (added by {@link CommandTree}). */
@Command(name = "secondlook",
        mixinStandardHelpOptions = true,
        version = "Second Look 0.1",
        description = "Re-check applicants an AI screening tool sorted into a training track. "
                + "With no sub-command, java -jar secondlook.jar opens the desktop app.")
public class SecondLookCommand implements Runnable {
    @Mixin
    GlobalOptions global = new GlobalOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private CliContext context = CliContext.system();

    public GlobalOptions global() {
        return global;
    }

    void context(CliContext context) {
        this.context = context;
    }

    CliContext context() {
        return context;
    }

    java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }

    java.io.PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The data directory: --data-dir, else $SECONDLOOK_HOME, else ~/.secondlook. */
    org.secondlook.store.DataDirectory dataDirectory() {
        return org.secondlook.store.DataDirectory.resolve(global.dataDir(), context.env(), context.userHome());
    }

    /** The workstation: on the database server named by --database or $SECONDLOOK_DATABASE, else the data directory's file. */
    org.secondlook.review.Workstation workstation() {
        org.secondlook.store.ServerAddress server = serverAddress();
        if (server == null) {
            return context.workstations().open(dataDirectory());
        }
        java.nio.file.Path passwordFile = databasePasswordFile();
        char[] password = passwordFile == null ? null : Credentials.readPasswordFile(passwordFile);
        try {
            return context.workstations().open(dataDirectory(), server, password);
        } finally {
            if (password != null) {
                java.util.Arrays.fill(password, '\0');
            }
        }
    }

    /**
     * The database server named by --database or $SECONDLOOK_DATABASE, else the one the first-run dialog saved in
     * the data directory ({@link org.secondlook.store.ServerSetting}), or null for the data directory's file.
     */
    org.secondlook.store.ServerAddress serverAddress() {
        String url = global.database() != null ? global.database() : context.env().get(org.secondlook.store.ServerAddress.VARIABLE);
        if ((url == null || url.isBlank()) && global.databasePasswordFile() == null) {
            url = savedServer().map(org.secondlook.store.ServerSetting::url).orElse(null);
        }
        if (url == null || url.isBlank()) {
            if (global.databasePasswordFile() != null) {
                throw new org.secondlook.review.InvalidInputException("--database-password-file needs --database URL"
                        + " (or " + org.secondlook.store.ServerAddress.VARIABLE + ").");
            }
            return null;
        }
        try {
            return org.secondlook.store.ServerAddress.parse(url);
        } catch (IllegalArgumentException e) {
            throw new org.secondlook.review.InvalidInputException(e.getMessage(), e);
        }
    }

    /** The server the first-run dialog saved for this data directory, if any. */
    private java.util.Optional<org.secondlook.store.ServerSetting> savedServer() {
        return org.secondlook.store.ServerSetting.read(dataDirectory());
    }

    /** --database-password-file, else the saved server's password file when the saved server is used. */
    private java.nio.file.Path databasePasswordFile() {
        String variable = context.env().get(org.secondlook.store.ServerAddress.VARIABLE);
        if (global.databasePasswordFile() != null || global.database() != null || variable != null && !variable.isBlank()) {
            return global.databasePasswordFile();
        }
        return savedServer().map(org.secondlook.store.ServerSetting::passwordFile).orElse(null);
    }

    /** Logs in as the --user / $SECONDLOOK_USER with the password file or $SECONDLOOK_PASSWORD. */
    org.secondlook.review.ReviewSession login() throws org.secondlook.review.AuthenticationException {
        return login(false);
    }

    /**
     * {@link #login()} for a command that only reads on plain JDBC ({@code status}): Hibernate is not
     * started ahead on a second core (decision record 0013).
     */
    org.secondlook.review.ReviewSession loginToRead() throws org.secondlook.review.AuthenticationException {
        return login(true);
    }

    private org.secondlook.review.ReviewSession login(boolean readOnly) throws org.secondlook.review.AuthenticationException {
        String user = Credentials.user(global, context.env());
        char[] password = Credentials.password(global, context.env());
        try {
            return readOnly ? workstation().loginToRead(user, password) : workstation().login(user, password);
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }
}
