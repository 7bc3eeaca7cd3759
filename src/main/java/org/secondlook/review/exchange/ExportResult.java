package org.secondlook.review.exchange;

import java.nio.file.Path;

/** What an export wrote: the file and the number of rows on each data sheet. */
public record ExportResult(Path file, long decisions, long evidence, long auditEvents, boolean encrypted) {
}
