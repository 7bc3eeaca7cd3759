package org.secondlook.app;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.management.ObjectName;

/**
 * A command that is over in about a second ({@code status}) gains nothing from HotSpot's optimizing
 * compiler (C2): it would spend the machine's second core compiling code the command has already
 * finished with (about 1 s of CPU of the 4 s {@code status} used on 10,000 cases; decision record 0013).
 * For such a command the process asks, through the JVM's own diagnostic command
 * ({@code Compiler.directives_add}, as {@code jcmd} does), for C2 to be left out; the quick compiler (C1)
 * still compiles every hot method. {@code analyze} is left without C2 too, for another reason: on two cores its
 * two analysis threads and C2's compiler threads compete, and C2 spent 6.6 s of CPU compiling on the 150.9 MB
 * livecareer file without earning it back (6.3-6.6 s wall without C2 against 7.5-7.7 s with it, alternated;
 * 12.3 s against 14.9 s on three times the file; decision record 0003). Any other command, and the window, keep
 * the JIT's defaults. If the request cannot be made, the JIT simply keeps its defaults.
 */
final class ShortCommand {
    /** Commands that read a few rows and end, and the analyzer's batch command (see above). */
    static final Set<String> NAMES = Set.of("status", "analyze");
    /** Global options that take a value (the command is the first word that is neither). */
    private static final Set<String> VALUE_OPTIONS = Set.of("--data-dir", "--database", "--database-password-file",
            "--user", "--password-file");
    private static final String NO_C2 = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    private ShortCommand() {
    }

    /** The sub-command named on the command line, or null. */
    static String name(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("-")) {
                return a;
            }
            if (VALUE_OPTIONS.contains(a)) {
                i++;
            }
        }
        return null;
    }

    /** Leaves C2 out of this process when the command line names a short command. */
    static void tuneCompiler(String[] args) {
        String command = name(args);
        if (command == null || !NAMES.contains(command)) {
            return; // the window (no arguments) and --help name no command; Set.of(...) refuses to look up null
        }
        try {
            Path directives = Files.createTempFile("secondlook-jit", ".json");
            try {
                Files.writeString(directives, NO_C2, StandardCharsets.US_ASCII);
                ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                        "compilerDirectivesAdd", new Object[] {new String[] {directives.toString()}},
                        new String[] {String[].class.getName()});
            } finally {
                Files.deleteIfExists(directives);
            }
        } catch (Exception | LinkageError e) {
            // the JIT keeps its defaults: slower to finish, nothing else changes
        }
    }
}
