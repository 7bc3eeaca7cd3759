package org.secondlook.review.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.secondlook.review.InvalidInputException;

/**
 * The account password rules: at least 12 characters, not containing the user name, and not a
 * common password (a list shipped with the app, also matched with trailing digits and symbols
 * stripped, so "Password2024!" is as weak as "password").
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    private static final String LIST = "common-passwords.txt";

    private final Set<String> common;

    public PasswordPolicy(Set<String> commonPasswords) {
        this.common = Set.copyOf(commonPasswords);
    }

    /** The policy with the common-password list shipped beside this class. */
    public static PasswordPolicy standard() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("The common-password list " + LIST + " is missing from the build.");
            }
            Set<String> words = new HashSet<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    String w = line.strip();
                    if (!w.isEmpty() && !w.startsWith("#")) {
                        words.add(w.toLowerCase(Locale.ROOT));
                    }
                }
            }
            return new PasswordPolicy(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why the password is refused, as one sentence, or empty when it is acceptable. */
    public Optional<String> problem(String userName, char[] password) {
        String pw = new String(password);
        if (pw.codePointCount(0, pw.length()) < MIN_LENGTH) {
            return Optional.of("The password must be at least " + MIN_LENGTH + " characters long.");
        }
        String lower = pw.toLowerCase(Locale.ROOT);
        if (userName != null && !userName.isBlank() && lower.contains(userName.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("The password must not contain the user name.");
        }
        if (common.contains(lower) || common.contains(stripDecoration(lower)) || isOneRepeatedCharacter(lower)) {
            return Optional.of("That password is too common: choose a longer phrase of unrelated words.");
        }
        return Optional.empty();
    }

    /** Throws {@link InvalidInputException} with the reason when the password is refused. */
    public void check(String userName, char[] password) {
        problem(userName, password).ifPresent(reason -> {
            throw new InvalidInputException(reason);
        });
    }

    private static String stripDecoration(String pw) {
        int start = 0;
        int end = pw.length();
        while (end > 0 && !Character.isLetter(pw.charAt(end - 1))) {
            end--;
        }
        while (start < end && !Character.isLetter(pw.charAt(start))) {
            start++;
        }
        return pw.substring(start, end);
    }

    private static boolean isOneRepeatedCharacter(String pw) {
        return pw.chars().distinct().count() <= 2;
    }
}
