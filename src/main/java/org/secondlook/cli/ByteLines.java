package org.secondlook.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a stream as bytes, split where {@link java.io.BufferedReader#readLine()} splits them
 * (LF, CR or CR LF; a last line without one still counts), so that a line can be parsed as UTF-8 where
 * it is used instead of being decoded on the reading thread.
 */
final class ByteLines {
    private static final int CHUNK = 1 << 20;
    private final InputStream in;
    private byte[] buf = new byte[CHUNK];
    private int pos;
    private int end;
    private boolean eof;
    private boolean skipLf;

    ByteLines(InputStream in) {
        this.in = in;
    }

    /** The next line without its terminator, or null at the end of the stream. */
    byte[] next() throws IOException {
        int scanFrom = pos;
        while (true) {
            if (skipLf && pos < end) {
                if (buf[pos] == '\n') {
                    pos++;
                }
                skipLf = false;
                scanFrom = pos;
            }
            for (int i = scanFrom; i < end; i++) {
                byte b = buf[i];
                if (b == '\n' || b == '\r') {
                    byte[] line = Arrays.copyOfRange(buf, pos, i);
                    pos = i + 1;
                    skipLf = b == '\r';
                    return line;
                }
            }
            if (eof) {
                if (pos < end) {
                    byte[] line = Arrays.copyOfRange(buf, pos, end);
                    pos = end;
                    return line;
                }
                return null;
            }
            scanFrom = end - pos;
            fill();
        }
    }

    /** Moves the unread bytes to the front (growing the buffer for a long line) and reads more. */
    private void fill() throws IOException {
        int unread = end - pos;
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, unread);
        } else if (unread == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        pos = 0;
        end = unread;
        int r = in.read(buf, end, buf.length - end);
        if (r < 0) {
            eof = true;
        } else {
            end += r;
        }
    }
}
