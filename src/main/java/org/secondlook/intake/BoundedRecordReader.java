package org.secondlook.intake;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A strict UTF-8 reader (invalid bytes anywhere in the file fail the read, as they do in its first
 * 64 KB) that also bounds how much one record may hold: more than {@code maxChars} characters read
 * since the last {@link #nextRecord()} fail the read while reading, before the record is in memory.
 */
final class BoundedRecordReader extends FilterReader {
    /** The record being read is longer than the bound. */
    static final class RecordTooLongException extends IOException {
        private static final long serialVersionUID = 1L;

        RecordTooLongException(String message) {
            super(message);
        }
    }

    private final long maxChars;
    private long sinceRecord;

    BoundedRecordReader(InputStream in, long maxChars) {
        super(strictUtf8(in));
        this.maxChars = maxChars;
    }

    static Reader strictUtf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** A record was handed over: the count starts again (read-ahead of the parser counts against the next one). */
    void nextRecord() {
        sinceRecord = 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count(1);
        }
        return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws RecordTooLongException {
        sinceRecord += n;
        if (sinceRecord > maxChars) {
            throw new RecordTooLongException("a row is longer than " + maxChars + " characters");
        }
    }
}
