package org.secondlook.review.accounts;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.secondlook.store.FileKey;
import org.secondlook.store.KeySlot;
import org.secondlook.store.KeySlotFile;
import org.secondlook.store.KeyWrapping;

/** {@link AccountSecrets} on the encrypted file: key slots in {@code keyslots.json}, each wrapping the file key. */
public final class SlotSecrets implements AccountSecrets {
    private final FileKey fileKey;
    private final KeySlotFile slots;
    private final SecureRandom random;

    public SlotSecrets(FileKey fileKey, KeySlotFile slots, SecureRandom random) {
        this.fileKey = fileKey;
        this.slots = slots;
        this.random = random;
    }

    @Override
    public void issue(String account, char[] password) {
        KeySlot slot = new KeyWrapping(random).wrap(account, password, fileKey);
        slots.update(list -> replace(list, account, slot));
    }

    @Override
    public void revoke(String account) {
        slots.update(list -> list.stream().filter(s -> !s.account().equals(account)).toList());
    }

    @Override
    public boolean check(String account, char[] password) {
        Optional<FileKey> key = slots.find(account).flatMap(s -> new KeyWrapping(random).unwrap(s, password));
        key.ifPresent(FileKey::close);
        return key.isPresent();
    }

    @Override
    public Map<String, Integer> failedLogins() {
        return slots.read().stream().collect(Collectors.toMap(KeySlot::account, KeySlot::failedLogins, (a, b) -> a));
    }

    /** The key slots as the file holds them now (moved to a server by migrate-store). */
    public List<KeySlot> slots() {
        return slots.read();
    }

    /** The file key this session holds (closed with the session). */
    public FileKey fileKey() {
        return fileKey;
    }

    private static List<KeySlot> replace(List<KeySlot> list, String name, KeySlot slot) {
        List<KeySlot> next = new ArrayList<>();
        boolean replaced = false;
        for (KeySlot s : list) {
            if (s.account().equals(name)) {
                next.add(slot);
                replaced = true;
            } else {
                next.add(s);
            }
        }
        if (!replaced) {
            next.add(slot);
        }
        return next;
    }
}
