package org.secondlook.review.exchange;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * One training record of an office as its package carries it (part {@code training.jsonl.gz.enc}): what the
 * signed-off decision ({@code decisionRef}, as in {@link DecisionRecord#ref()}) asks for, where the training
 * stands, and every move it made, oldest first. Times are ISO-8601 instants, dates ISO dates.
 */
public record TrainingRecord(String applicantId, String decisionRef, String action, String state, int attempt,
                             String classNumber, String reportDate, String classStart, String classEnd,
                             String evidenceBy, String verifiedBy, String verifiedAt, String createdAt,
                             List<MoveRecord> moves) {
    /** One move; {@code from} is null for the record's creation. */
    public record MoveRecord(String from, String to, int attempt, String by, String at, String detail) {
    }

    /**
     * SHA-256 over the moves (states, attempts, people, times): two copies of a record with the same
     * fingerprint went the same way; one whose moves start with the other's moves only went further.
     */
    public String movesSha256() {
        return fingerprint(moves.size());
    }

    /** The fingerprint of the first {@code n} moves. */
    public String fingerprint(int n) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (MoveRecord m : moves.subList(0, Math.min(n, moves.size()))) {
                md.update((m.from() + "\u001f" + m.to() + "\u001f" + m.attempt() + "\u001f" + m.by() + "\u001f" + m.at()
                        + "\u001e").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
