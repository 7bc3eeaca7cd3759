package org.secondlook.review.audit;

/** A session's audit trail (admin or supervisor; checked at each call). */
public interface AuditDesk {
    /** The audit trail: filtered events and the chain check. */
    AuditTrail audit();

    /** Walks the audit chain. */
    AuditCheck verifyAudit();
}
