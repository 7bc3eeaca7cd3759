package org.secondlook.review.accounts;

import java.security.SecureRandom;
import java.util.Map;
import java.util.stream.Collectors;
import org.secondlook.store.KeySlot;
import org.secondlook.store.KeyWrapping;
import org.secondlook.store.PasswordHashes;

/** {@link AccountSecrets} on a shared server: Argon2id password hashes in the database. */
public final class HashSecrets implements AccountSecrets {
    private final PasswordHashes hashes;
    private final SecureRandom random;

    public HashSecrets(PasswordHashes hashes, SecureRandom random) {
        this.hashes = hashes;
        this.random = random;
    }

    @Override
    public void issue(String account, char[] password) {
        hashes.put(new KeyWrapping(random).hash(account, password));
    }

    @Override
    public void revoke(String account) {
        hashes.remove(account);
    }

    @Override
    public boolean check(String account, char[] password) {
        KeyWrapping wrapping = new KeyWrapping(random);
        return hashes.find(account).map(h -> wrapping.matches(h, password)).orElseGet(() -> {
            wrapping.burn(password);
            return false;
        });
    }

    @Override
    public Map<String, Integer> failedLogins() {
        return hashes.all().stream().collect(Collectors.toMap(KeySlot::account, KeySlot::failedLogins, (a, b) -> a));
    }
}
