package org.secondlook.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Gives every command and sub-command, present and future, a {@code -h}/{@code --help} option that
 * shows its own options and exits 0 (the README, "Command line"). Commands declared with
 * {@code mixinStandardHelpOptions} already have one and are left as they are.
 */
final class HelpOptions {
    private HelpOptions() {
    }

    static void addEverywhere(CommandLine command) {
        CommandSpec spec = command.getCommandSpec();
        if (spec.optionsMap().get("--help") == null) {
            OptionSpec.Builder help = OptionSpec.builder(spec.optionsMap().containsKey("-h")
                    ? new String[] {"--help"} : new String[] {"-h", "--help"});
            spec.addOption(help.usageHelp(true).description("Show this command's options and exit.").build());
        }
        for (CommandLine sub : command.getSubcommands().values()) {
            addEverywhere(sub);
        }
    }
}
