package org.secondlook.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A buffered UTF-8 writer for one thread: the bytes a {@code BufferedWriter} over an {@code OutputStreamWriter}
 * (UTF-8) writes, without a lock and a charset encoder on every call (the streaming sheet writer calls it a few
 * times per character). A lone surrogate becomes {@code '?'}, as the JDK's encoder writes it; a surrogate pair
 * split across two calls is still one character.
 */
final class Utf8Writer extends Writer {
    private static final int SIZE = 64 * 1024;

    private final OutputStream out;
    private final byte[] buf = new byte[SIZE];
    private int n;
    /** A high surrogate whose low half has not come yet, or 0. */
    private char pendingHigh;
    private boolean closed;

    Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    @Override
    public void write(String s) throws IOException {
        write(s, 0, s.length());
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        for (int i = off, end = off + len; i < end; i++) {
            char c = s.charAt(i);
            if (c < 0x80 && pendingHigh == 0 && n < SIZE) {
                buf[n++] = (byte) c;
            } else {
                put(c);
            }
        }
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        for (int i = off, end = off + len; i < end; i++) {
            put(chars[i]);
        }
    }

    private void put(char c) throws IOException {
        if (n > SIZE - 4) {
            drain();
        }
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                buf[n++] = (byte) (0xF0 | (cp >> 18));
                buf[n++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[n++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[n++] = (byte) (0x80 | (cp & 0x3F));
                return;
            }
            buf[n++] = '?';
            put(c);
            return;
        }
        if (c < 0x80) {
            buf[n++] = (byte) c;
        } else if (c < 0x800) {
            buf[n++] = (byte) (0xC0 | (c >> 6));
            buf[n++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            buf[n++] = '?';
        } else {
            buf[n++] = (byte) (0xE0 | (c >> 12));
            buf[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            buf[n++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    private void drain() throws IOException {
        if (n > 0) {
            out.write(buf, 0, n);
            n = 0;
        }
    }

    /** Writes what is buffered; a high surrogate still waiting for its low half stays buffered, as the JDK's does. */
    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (pendingHigh != 0) {
                pendingHigh = 0;
                put('?');
            }
            drain();
        } finally {
            out.close();
        }
    }
}
