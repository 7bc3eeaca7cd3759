package org.secondlook.store;

/**
 * One account's key slot: the file key wrapped (AES-256-GCM, the account name as associated data)
 * under a key derived from the account's password. Holds nothing about applicants.
 *
 * @param kdf            {@code argon2id}
 * @param memoryKiB      Argon2 memory in KiB
 * @param failedLogins   failed logins since the last successful one (folded into the audit trail then)
 * @param lastFailureAt  ISO-8601 instant of the last failure, or null
 */
public record KeySlot(String account, String kdf, int memoryKiB, int iterations, int parallelism,
                      String salt, String nonce, String wrappedKey, int failedLogins, String lastFailureAt) {

    KeySlot withFailure(String at) {
        return new KeySlot(account, kdf, memoryKiB, iterations, parallelism, salt, nonce, wrappedKey,
                failedLogins + 1, at);
    }

    KeySlot withFailuresCleared() {
        return new KeySlot(account, kdf, memoryKiB, iterations, parallelism, salt, nonce, wrappedKey, 0, null);
    }
}
