package org.secondlook.domain;

/** A remediation record was asked to make a move its state does not allow (e.g. skipping a state). */
public class IllegalRemediationMoveException extends IllegalStateException {
    private static final long serialVersionUID = 1L;
    private final RemediationState from;
    private final RemediationState to;

    public IllegalRemediationMoveException(RemediationState from, RemediationState to) {
        super("A training record cannot move from " + from + " to " + to + "; from " + from + " it may move to "
                + (from.next().isEmpty() ? "nothing (it is final)" : String.join(", ",
                        from.next().stream().map(Enum::name).toList())) + ".");
        this.from = from;
        this.to = to;
    }

    public RemediationState from() {
        return from;
    }

    public RemediationState to() {
        return to;
    }
}
