package org.secondlook.exchange.pack;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One part to put into a package: its file name, whether it holds personal data (then it is
 * encrypted to headquarters' key), whether to gzip it first, and what writes its content.
 */
public record PartSource(String name, boolean encrypted, boolean gzip, Content content) {
    /** Writes the part's plain content; must not close {@code out}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }
}
