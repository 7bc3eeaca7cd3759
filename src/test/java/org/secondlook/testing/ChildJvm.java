package org.secondlook.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a second JVM on the test class path (the "other process" of concurrency and crash tests). */
public final class ChildJvm {
    private ChildJvm() {
    }

    public static Process start(Path logDir, Path output, Class<?> main, String... args) throws IOException {
        return start(List.of(), logDir, output, main, args);
    }

    /**
     * Give this among the JVM options for the shipped logging (the log file under the data directory): the
     * child then runs without the test classes, whose logback-test.xml would take over.
     */
    public static final String SHIPPED_LOGGING = "-Dsecondlook.test.shippedLogging=true";

    /** The class path without the test classes (the application and its libraries, as the jar has them). */
    public static String shippedClassPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(e -> !e.endsWith("test-classes")).collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    /** As {@link #start(Path, Path, Class, String...)}, with extra JVM options (e.g. {@link #SHIPPED_LOGGING}). */
    public static Process start(List<String> jvmOptions, Path logDir, Path output, Class<?> main, String... args)
            throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx512m");
        cmd.addAll(jvmOptions);
        cmd.add("-Dsecondlook.logDir=" + logDir);
        cmd.add("-cp");
        cmd.add(jvmOptions.contains(SHIPPED_LOGGING) ? shippedClassPath() : System.getProperty("java.class.path"));
        cmd.add(main.getName());
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }
}
