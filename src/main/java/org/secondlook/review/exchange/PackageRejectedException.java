package org.secondlook.review.exchange;

/**
 * A package, key file or backup from outside was refused. The message is one sentence saying
 * exactly what is wrong (unknown signer, which part changed, truncated or broken audit chain…).
 */
public class PackageRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PackageRejectedException(String sentence) {
        super(sentence);
    }

    public PackageRejectedException(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
