package org.secondlook.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.secondlook.review.InvalidInputException;

/**
 * Who is acting: {@code --user} or {@code SECONDLOOK_USER}, and the password from
 * {@code --password-file} or {@code SECONDLOOK_PASSWORD} — never from the command line itself.
 */
final class Credentials {
    static final String USER_VARIABLE = "SECONDLOOK_USER";
    static final String PASSWORD_VARIABLE = "SECONDLOOK_PASSWORD";

    private Credentials() {
    }

    static String user(GlobalOptions options, Map<String, String> env) {
        String user = options.user() != null ? options.user() : env.get(USER_VARIABLE);
        if (user == null || user.isBlank()) {
            throw new InvalidInputException("Say who you are: give --user NAME before the command, or set "
                    + USER_VARIABLE + ".");
        }
        return user.strip();
    }

    static char[] password(GlobalOptions options, Map<String, String> env) {
        if (options.passwordFile() != null) {
            return readPasswordFile(options.passwordFile());
        }
        String pw = env.get(PASSWORD_VARIABLE);
        if (pw == null) {
            throw new InvalidInputException("Give your password in a file with --password-file FILE before the command, "
                    + "or set " + PASSWORD_VARIABLE + ".");
        }
        return pw.toCharArray();
    }

    /** The file's text without its trailing line break ({@code \n} or {@code \r\n}). */
    static char[] readPasswordFile(Path file) {
        return org.secondlook.review.PasswordFile.read(file);
    }
}
