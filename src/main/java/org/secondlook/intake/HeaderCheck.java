package org.secondlook.intake;

import java.util.List;

/** Says, in one sentence, why a file's header row is unusable for what is being read; null when it will do. */
@FunctionalInterface
interface HeaderCheck {
    /** The batch of flagged applicants (docs/formats.md, the batch). */
    HeaderCheck BATCH = (header, fileName) -> Columns.problemWith(header, fileName, "columns");

    String problemWith(List<String> normalisedHeader, String fileName);
}
