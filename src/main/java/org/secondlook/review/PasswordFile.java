package org.secondlook.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A password kept in a file: its text without the trailing line break ({@code \n} or {@code \r\n}). */
public final class PasswordFile {
    private PasswordFile() {
    }

    /** @throws InvalidInputException naming the file when it cannot be read */
    public static char[] read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException("The password file " + file + " cannot be read: check its name and permissions.", e);
        }
        if (text.endsWith("\r\n")) {
            text = text.substring(0, text.length() - 2);
        } else if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        return text.toCharArray();
    }
}
