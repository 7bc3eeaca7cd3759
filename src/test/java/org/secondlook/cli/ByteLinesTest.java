package org.secondlook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code analyze} splits its input where {@link BufferedReader#readLine()} would, whatever the line lengths. */
class ByteLinesTest {

    @Test
    void splitsLikeReadLineAcrossBufferBoundariesAndLongLines() throws Exception {
        StringBuilder text = new StringBuilder();
        String[] ends = {"\n", "\r\n", "\r"};
        for (int i = 0; i < 4000; i++) {
            text.append("line ").append(i).append(" ").append("x".repeat(i % 700)).append(ends[i % 3]);
        }
        text.append("y".repeat(3_000_000)).append("\r"); // longer than the reading buffer, ends in a lone CR
        text.append("\n\n"); // the CR's LF, then an empty line
        text.append("last line without an end");
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);

        assertThat(split(new ByteArrayInputStream(bytes))).isEqualTo(readLines(bytes));
        assertThat(split(trickle(bytes))).as("a stream that hands out a few bytes at a time").isEqualTo(readLines(bytes));
    }

    @Test
    void emptyInputHasNoLines() throws Exception {
        assertThat(new ByteLines(new ByteArrayInputStream(new byte[0])).next()).isNull();
    }

    private static List<String> split(InputStream in) throws Exception {
        ByteLines lines = new ByteLines(in);
        List<String> got = new ArrayList<>();
        byte[] line;
        while ((line = lines.next()) != null) {
            got.add(new String(line, StandardCharsets.UTF_8));
        }
        return got;
    }

    private static List<String> readLines(byte[] bytes) throws Exception {
        BufferedReader r = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
        List<String> want = new ArrayList<>();
        String line;
        while ((line = r.readLine()) != null) {
            want.add(line);
        }
        return want;
    }

    private static InputStream trickle(byte[] bytes) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1 + (pos % 4093)));
            }
        };
    }
}
