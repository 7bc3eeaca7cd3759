package org.secondlook.exchange.pack;

/**
 * Bounds for a zip file from outside (package or backup): how big the file, how many entries, how
 * big each entry once inflated, all entries together, and how many times an entry may expand.
 */
public record ZipLimits(long maxFileBytes, int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio) {
    public static final ZipLimits PACKAGE = new ZipLimits(4L << 30, 32, 2L << 30, 8L << 30, 200);
}
