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

    /** As {@link #start(Path, Path, Class, String...)}, with extra JVM options (e.g. the production logback.xml). */
    public static Process start(List<String> jvmOptions, Path logDir, Path output, Class<?> main, String... args)
            throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx512m");
        cmd.addAll(jvmOptions);
        cmd.add("-Dsecondlook.logDir=" + logDir);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main.getName());
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }
}
