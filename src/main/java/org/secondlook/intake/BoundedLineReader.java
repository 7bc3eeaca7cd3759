package org.secondlook.intake;

import java.io.IOException;
import java.io.Reader;

/** Reads lines (\n, \r\n or \r) without ever holding more than a set number of characters of one line. */
final class BoundedLineReader {
    /** Returned (by identity) for a line that exceeded the bound; the rest of that line is skipped. */
    static final String TOO_LONG = new String("<line too long>");

    private final Reader in;
    private final int maxChars;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private boolean skipLf;

    BoundedLineReader(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    String readLine() throws IOException {
        StringBuilder sb = new StringBuilder();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (pos >= len) {
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    return any ? (tooLong ? TOO_LONG : sb.toString()) : null;
                }
            }
            char c = buf[pos++];
            if (skipLf) {
                skipLf = false;
                if (c == '\n') {
                    continue;
                }
            }
            any = true;
            if (c == '\n' || c == '\r') {
                skipLf = c == '\r';
                return tooLong ? TOO_LONG : sb.toString();
            }
            if (!tooLong) {
                if (sb.length() >= maxChars) {
                    tooLong = true;
                    sb = new StringBuilder();
                } else {
                    sb.append(c);
                }
            }
        }
    }
}
