package org.secondlook.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The root's sub-commands, added to the command line when it runs. Picocli reads every command's
 * options by reflection when it is added (some eighty classes, a few hundred milliseconds of every
 * start), so a command line that names a known sub-command gets only that one; without one (the root's
 * {@code --help}, a mistyped name) it gets them all, for the list and picocli's suggestions.
 */
final class CommandTree {
    /** In the order {@code --help} lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            InitCommand.class,
            StatusCommand.class,
            ShowCommand.class,
            CasesCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            KeysCommand.class,
            OfficesCommand.class,
            ExportPackageCommand.class,
            VerifyPackageCommand.class,
            MergePackageCommand.class,
            BenchCommand.class,
            DemoCommand.class,
            AnalyzeCommand.class,
            EvaluateCommand.class,
            UsersCommand.class,
            DecideCommand.class,
            SignOffCommand.class,
            TrainingCommand.class,
            VerifyAuditCommand.class,
            ConfigCommand.class,
            MetricsCommand.class,
            QaCommand.class,
            MigrateStoreCommand.class);

    private CommandTree() {
    }

    /** Adds every sub-command (help, tests that walk the whole tree). */
    static CommandLine full(CommandLine root) {
        SUBCOMMANDS.forEach(root::addSubcommand);
        return root;
    }

    /** Adds the sub-command {@code args} name, or all of them when they name none that exists. */
    static CommandLine forArguments(CommandLine root, String[] args) {
        String name = subcommandName(root, args);
        for (Class<?> c : SUBCOMMANDS) {
            if (c.getAnnotation(Command.class).name().equals(name)) {
                root.addSubcommand(c);
                return root;
            }
        }
        return full(root);
    }

    /** The first argument that is neither a global option nor its value; null if there is none. */
    static String subcommandName(CommandLine root, String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                return i + 1 < args.length ? args[i + 1] : null;
            }
            if (!a.startsWith("-")) {
                return a;
            }
            OptionSpec option = root.getCommandSpec().findOption(a.contains("=") ? a.substring(0, a.indexOf('=')) : a);
            if (option != null && !a.contains("=") && option.arity().max() > 0) {
                i++; // its value
            }
        }
        return null;
    }
}
