package org.secondlook.review.exchange;

/** The last event of an audit chain: its sequence number and hash (hex). Seq 0 is the empty chain. */
public record ChainHead(long seq, String hash) {
    public static final String GENESIS_HASH = "0".repeat(64);
    public static final ChainHead EMPTY = new ChainHead(0, GENESIS_HASH);
}
