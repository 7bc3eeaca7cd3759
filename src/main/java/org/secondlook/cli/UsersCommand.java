package org.secondlook.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.secondlook.domain.Role;
import org.secondlook.review.accounts.AccountService;
import org.secondlook.review.InvalidInputException;
import org.secondlook.review.ReviewSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code users}: accounts and their key slots (administrators; {@code passwd} for anyone's own password). */
@Command(name = "users", description = "Manage accounts: add, list, disable, reset; passwd changes your own password.",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Disable.class,
                UsersCommand.Reset.class, UsersCommand.Passwd.class})
public class UsersCommand implements Runnable {
    @ParentCommand
    SecondLookCommand root;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(root.out());
    }

    /** {@code users add NAME --role ROLE [--role ROLE] --password-file F}. */
    @Command(name = "add", description = "Add an account with one or more roles and its own key slot.")
    static class Add implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;

        @Parameters(paramLabel = "NAME", description = "The new account's name.")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "admin, supervisor or reviewer; repeat for several.")
        List<String> roles;

        @Option(names = "--password-file", required = true, paramLabel = "FILE",
                description = "File holding the new account's password (trailing line break ignored).")
        Path passwordFile;

        @Override
        public Integer call() throws Exception {
            Set<Role> parsed = EnumSet.noneOf(Role.class);
            for (String r : roles) {
                try {
                    parsed.add(Role.parse(r));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException(e.getMessage());
                }
            }
            char[] pw = Credentials.readPasswordFile(passwordFile);
            try (ReviewSession s = users.root.login()) {
                s.accounts().add(name, parsed, pw);
                users.root.out().println("Added account " + name.strip() + " with roles " + names(parsed) + ".");
                return ExitCode.OK;
            } finally {
                Arrays.fill(pw, '\0');
            }
        }
    }

    /** {@code users list}: one {@code name = roles [disabled]} line per account. */
    @Command(name = "list", description = "List the accounts with their roles.")
    static class ListUsers implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;

        @Override
        public Integer call() throws Exception {
            try (ReviewSession s = users.root.login()) {
                for (AccountService.Account a : s.accounts().list()) {
                    users.root.out().println(a.name() + " = " + names(a.roles()) + (a.enabled() ? "" : " (disabled)")
                            + (a.failedLogins() > 0 ? " (" + a.failedLogins() + " failed logins)" : ""));
                }
                return ExitCode.OK;
            }
        }
    }

    /** {@code users disable NAME}: the account's key slot is destroyed. */
    @Command(name = "disable", description = "Disable an account and destroy its key slot.")
    static class Disable implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;

        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() throws Exception {
            try (ReviewSession s = users.root.login()) {
                s.accounts().disable(name);
                users.root.out().println("Disabled account " + name.strip() + "; its key slot is destroyed.");
                return ExitCode.OK;
            }
        }
    }

    /** {@code users reset NAME --password-file F}: a fresh slot under a new password. */
    @Command(name = "reset", description = "Give an account a new password (a fresh key slot); enables it again.")
    static class Reset implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;

        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--password-file", required = true, paramLabel = "FILE",
                description = "File holding the account's new password (trailing line break ignored).")
        Path passwordFile;

        @Override
        public Integer call() throws Exception {
            char[] pw = Credentials.readPasswordFile(passwordFile);
            try (ReviewSession s = users.root.login()) {
                s.accounts().reset(name, pw);
                users.root.out().println("Account " + name.strip() + " has a new password and a fresh key slot.");
                return ExitCode.OK;
            } finally {
                Arrays.fill(pw, '\0');
            }
        }
    }

    /** {@code users passwd --new-password-file F}: the acting user's own password; only that slot is rewrapped. */
    @Command(name = "passwd", description = "Change your own password (rewraps only your key slot).")
    static class Passwd implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;

        @Option(names = "--new-password-file", required = true, paramLabel = "FILE",
                description = "File holding your new password (trailing line break ignored).")
        Path newPasswordFile;

        @Override
        public Integer call() throws Exception {
            char[] next = Credentials.readPasswordFile(newPasswordFile);
            char[] current = Credentials.password(users.root.global(), users.root.context().env());
            try (ReviewSession s = users.root.login()) {
                s.accounts().changePassword(current, next);
                users.root.out().println("Your password is changed.");
                return ExitCode.OK;
            } finally {
                Arrays.fill(next, '\0');
                Arrays.fill(current, '\0');
            }
        }
    }

    static String names(Set<Role> roles) {
        return roles.stream().sorted().map(r -> r.name().toLowerCase(Locale.ROOT)).reduce((a, b) -> a + "," + b)
                .orElse("");
    }
}
