package org.secondlook.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code init}: creates the encrypted database, the first administrator and the office name. */
@Command(name = "init", description = "Create the encrypted database with its first administrator.")
public class InitCommand implements Callable<Integer> {
    @ParentCommand
    SecondLookCommand root;

    @Option(names = "--admin", required = true, paramLabel = "NAME", description = "The first administrator's account name.")
    String admin;

    @Option(names = "--password-file", required = true, paramLabel = "FILE",
            description = "File holding the administrator's new password (trailing line break ignored).")
    Path passwordFile;

    @Option(names = "--office", paramLabel = "NAME", description = "This installation's office name (window title, exports).")
    String office;

    @Override
    public Integer call() {
        char[] password = Credentials.readPasswordFile(passwordFile);
        try {
            var ws = root.workstation();
            ws.initialize(admin, password, office);
            String where = ws instanceof org.secondlook.review.ServerWorkstation server
                    ? "the schema on the database server " + server.server()
                    : "the encrypted database in " + ((org.secondlook.review.LocalWorkstation) ws).dataDirectory();
            root.out().println("Created " + where + " with administrator " + admin.strip() + ".");
            return ExitCode.OK;
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
