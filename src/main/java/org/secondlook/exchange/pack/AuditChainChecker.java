package org.secondlook.exchange.pack;
import org.secondlook.review.exchange.PackageRejectedException;

import org.secondlook.review.exchange.AuditRecord;
import org.secondlook.review.audit.ChainHead;

import java.time.format.DateTimeParseException;

/**
 * Checks an office's audit chain event by event, in constant memory: numbered from 1 without gaps,
 * each event pointing at the previous hash, each hash matching its content — and, where
 * headquarters already merged a head from this office, passing through that very event.
 */
final class AuditChainChecker {
    private final AuditHasher hasher;
    private final ChainHead lastMerged;
    private final String office;
    private ChainHead head = ChainHead.EMPTY;
    private String firstTime;
    private String lastTime;
    private boolean passedLastMerged;

    AuditChainChecker(AuditHasher hasher, ChainHead lastMerged, String office) {
        this.hasher = hasher;
        this.lastMerged = lastMerged;
        this.office = office;
    }

    void accept(AuditRecord r) {
        if (r.hash() == null || r.prevHash() == null) {
            throw new PackageRejectedException("The audit chain is broken at event " + r.seq() + ": it has no hash.");
        }
        if (head.seq() == 0 && r.seq() != 1) {
            throw new PackageRejectedException("The audit trail is truncated: it starts at event " + r.seq()
                    + " instead of event 1.");
        }
        if (r.seq() != head.seq() + 1) {
            throw new PackageRejectedException("The audit chain is broken after event " + head.seq()
                    + ": the next event is numbered " + r.seq() + " (events missing or out of order).");
        }
        if (!r.prevHash().equals(head.hash())) {
            throw new PackageRejectedException("The audit chain is broken at event " + r.seq()
                    + ": it does not point at the hash of event " + head.seq() + ".");
        }
        String expected;
        try {
            expected = hasher.hash(r.prevHash(), r.canonical());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new PackageRejectedException("The audit chain is broken at event " + r.seq()
                    + ": the event is incomplete.", e);
        }
        if (!expected.equals(r.hash())) {
            throw new PackageRejectedException("The audit chain is broken at event " + r.seq()
                    + ": its content does not match its hash (the event was changed).");
        }
        if (lastMerged != null && r.seq() == lastMerged.seq()) {
            if (!r.hash().equals(lastMerged.hash())) {
                throw rewritten();
            }
            passedLastMerged = true;
        }
        head = new ChainHead(r.seq(), r.hash());
        if (firstTime == null) {
            firstTime = r.occurredAt();
        }
        lastTime = r.occurredAt();
    }

    /** Called after the last event: the chain must reach the signed head and extend the last merged one. */
    void finish(ChainHead signedHead, long signedCount) {
        if (head.seq() < signedHead.seq()) {
            throw new PackageRejectedException("The audit trail is truncated: it ends at event " + head.seq()
                    + ", but the signed manifest says the chain head is event " + signedHead.seq() + ".");
        }
        if (head.seq() > signedHead.seq() || !head.hash().equals(signedHead.hash())) {
            throw new PackageRejectedException("The audit trail does not end at the chain head named in the"
                    + " signed manifest (event " + signedHead.seq() + ").");
        }
        if (signedCount >= 0 && signedCount != head.seq()) {
            throw new PackageRejectedException("The audit trail holds " + head.seq()
                    + " events, but the signed manifest counts " + signedCount + ".");
        }
        if (lastMerged != null && lastMerged.seq() > 0 && !passedLastMerged) {
            if (head.seq() < lastMerged.seq()) {
                throw new PackageRejectedException("The audit trail is truncated: it ends at event " + head.seq()
                        + ", but event " + lastMerged.seq() + " from " + office
                        + " was already merged here; its history was cut back.");
            }
            throw rewritten();
        }
    }

    private PackageRejectedException rewritten() {
        return new PackageRejectedException("The audit chain does not extend the one last merged from " + office
                + " (event " + lastMerged.seq() + ", hash " + lastMerged.hash().substring(0, 12)
                + "…): that office's history was rewritten.");
    }

    ChainHead head() {
        return head;
    }

    String firstTime() {
        return firstTime;
    }

    String lastTime() {
        return lastTime;
    }
}
