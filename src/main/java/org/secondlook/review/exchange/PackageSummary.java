package org.secondlook.review.exchange;

import org.secondlook.review.audit.ChainHead;

/**
 * What a package holds, as its signed manifest says: the office that wrote it, its counts and the head
 * of the audit chain it covers. Written by {@code export-package}, read back by {@code verify-package}.
 */
public record PackageSummary(String office, long cases, long decisions, long auditEvents, ChainHead chainHead) {
}
