package org.secondlook.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.secondlook.app.Main;

/**
 * The real command line in a child JVM ({@code org.secondlook.app.Main}, as {@code java -jar} runs it):
 * the shipped logging (the test classes left off its class path), its own system temporary folder, the
 * credentials in the environment.
 */
final class Child {
    record Ran(int code, String output, long millis) {
    }

    private final Path tmp;
    private final Map<String, String> env;
    private final List<String> jvm = new ArrayList<>(List.of("-Xmx512m"));
    private String shellPrefix;

    Child(Path systemTemp, Map<String, String> env) throws IOException {
        this.tmp = Files.createDirectories(systemTemp);
        this.env = env;
    }

    /** Another heap bound, e.g. {@code -Xmx256m}. */
    Child heap(String xmx) {
        jvm.set(0, xmx);
        return this;
    }

    /** Runs the JVM under {@code ulimit -f BLOCKS} (1 KiB blocks): no file it writes may grow past that. */
    Child fileSizeLimit(long kib) {
        shellPrefix = "ulimit -f " + kib;
        return this;
    }

    List<String> command(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvm);
        cmd.add("-Djava.io.tmpdir=" + tmp);
        cmd.add("-cp");
        cmd.add(org.secondlook.testing.ChildJvm.shippedClassPath()); // the shipped logging: no logback-test.xml
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        if (shellPrefix == null) {
            return cmd;
        }
        List<String> shell = new ArrayList<>(List.of("bash", "-c", shellPrefix + " && exec \"$@\"", "child"));
        shell.addAll(cmd);
        return shell;
    }

    Process start(Path output, String... args) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command(args)).redirectErrorStream(true).redirectOutput(output.toFile());
        pb.environment().putAll(env);
        return pb.start();
    }

    Ran run(String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(tmp.getParent(), "child-", ".out");
        long t0 = System.nanoTime();
        Process p = start(out, args);
        if (!p.waitFor(4, TimeUnit.MINUTES)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("the child did not finish in 4 minutes: " + Files.readString(out));
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        String text = Files.readString(out, StandardCharsets.UTF_8);
        Files.delete(out);
        return new Ran(p.exitValue(), text, ms);
    }
}
