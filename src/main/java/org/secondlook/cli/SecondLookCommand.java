package org.secondlook.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The root command: global options, then one sub-command. */
@Command(name = "secondlook",
        mixinStandardHelpOptions = true,
        version = "Second Look 0.1",
        description = "Re-check applicants an AI screening tool sorted into a training track. "
                + "With no sub-command, java -jar secondlook.jar opens the desktop app.",
        subcommands = {
                BenchCommand.class,
                DemoCommand.class,
        })
public class SecondLookCommand implements Runnable {
    @Mixin
    GlobalOptions global = new GlobalOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public GlobalOptions global() {
        return global;
    }
}
