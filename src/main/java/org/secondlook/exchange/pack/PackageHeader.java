package org.secondlook.exchange.pack;

import org.secondlook.review.exchange.ChainHead;

import java.util.Map;

/** What the manifest says about a package besides its parts. Times are ISO-8601 instants or null. */
public record PackageHeader(String office, String periodFrom, String periodTo, Map<String, Long> counts,
                            ChainHead auditHead) {
    public PackageHeader {
        counts = counts == null ? Map.of() : Map.copyOf(counts);
    }
}
