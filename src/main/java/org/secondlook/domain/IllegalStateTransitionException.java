package org.secondlook.domain;

/** A case was asked to move between two states that the review flow does not connect. */
public class IllegalStateTransitionException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public IllegalStateTransitionException(ReviewState from, ReviewState to) {
        super("A case in state " + from.code() + " cannot move to " + to.code() + ".");
    }
}
