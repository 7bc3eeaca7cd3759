package org.secondlook.cli;

import org.secondlook.domain.Track;
import picocli.CommandLine.Option;

/** The {@code --track} and {@code --reason} a decision, a QA answer and a QA settlement each require. */
final class TrackAndReason {
    @Option(names = "--track", required = true, paramLabel = "LEO|ACADEMY", description = "LEO or ACADEMY.")
    Track track;

    @Option(names = "--reason", required = true, paramLabel = "CODE", description = "A reason code from the list.")
    String reason;
}
