package org.secondlook.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks, before JavaFX starts, what the window needs from the system, so that a missing piece is
 * one plain sentence instead of a stack trace from the toolkit.
 */
final class DesktopPreflight {
    private static final List<String> LIB_DIRS = List.of(
            "/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib", "/lib/x86_64-linux-gnu");
    private static final List<String[]> LINUX_LIBS = List.of(
            new String[] {"libgtk-3.so.0", "libgtk-3-0"},
            new String[] {"libXtst.so.6", "libxtst6"},
            new String[] {"libXxf86vm.so.1", "libxxf86vm1"},
            new String[] {"libGL.so.1", "libgl1"});

    private DesktopPreflight() {
    }

    /** A plain sentence saying what is missing, or empty when the window can start. */
    static Optional<String> problem() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (!os.contains("linux")) {
            return Optional.empty();
        }
        if (System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            return Optional.of("No display is available: start Second Look from a desktop session "
                    + "(or under xvfb-run), or use its command line, e.g. 'java -jar secondlook.jar --help'.");
        }
        StringBuilder missing = new StringBuilder();
        for (String[] lib : LINUX_LIBS) {
            if (LIB_DIRS.stream().noneMatch(dir -> Files.exists(Path.of(dir, lib[0])))) {
                missing.append(missing.length() == 0 ? "" : " ").append(lib[1]);
            }
        }
        if (missing.length() > 0) {
            return Optional.of("The window needs system packages that are not installed: " + missing
                    + ". Install them with 'sudo apt-get install " + missing + "' and start again.");
        }
        return Optional.empty();
    }
}
