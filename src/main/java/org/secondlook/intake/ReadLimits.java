package org.secondlook.intake;

import java.time.Duration;

/**
 * Bounds on what one batch may cost to read: file sizes, résumé extraction time and memory.
 *
 * @param maxBatchBytes     a batch file larger than this is refused before it is opened
 * @param maxResumeBytes    a résumé file larger than this fails its row
 * @param extractionTimeout how long one PDF or DOCX may take to yield its text
 * @param maxPdfPages       pages read from one PDF (later pages are ignored)
 * @param maxPdfMemoryBytes main memory one PDF may use while parsing (no temporary files)
 * @param maxResumeChars    extracted text longer than this fails its row
 */
public record ReadLimits(long maxBatchBytes, long maxResumeBytes, Duration extractionTimeout,
        int maxPdfPages, long maxPdfMemoryBytes, int maxResumeChars) {

    public static final long MB = 1024L * 1024L;

    /** Sensible limits for a laptop: 1 GB batches, 50 MB résumé files, 20 s per PDF, 200 pages. */
    public static ReadLimits defaults() {
        return new ReadLimits(1024 * MB, 50 * MB, Duration.ofSeconds(20), 200, 256 * MB, 2_000_000);
    }

    public ReadLimits withMaxBatchBytes(long bytes) {
        return new ReadLimits(bytes, maxResumeBytes, extractionTimeout, maxPdfPages, maxPdfMemoryBytes, maxResumeChars);
    }

    public ReadLimits withExtractionTimeout(Duration timeout) {
        return new ReadLimits(maxBatchBytes, maxResumeBytes, timeout, maxPdfPages, maxPdfMemoryBytes, maxResumeChars);
    }

    public ReadLimits withMaxResumeBytes(long bytes) {
        return new ReadLimits(maxBatchBytes, bytes, extractionTimeout, maxPdfPages, maxPdfMemoryBytes, maxResumeChars);
    }
}
