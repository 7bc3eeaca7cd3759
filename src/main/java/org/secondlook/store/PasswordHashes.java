package org.secondlook.store;

import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/**
 * The accounts' passwords on a shared server, in the database ({@code account_password}): what
 * {@link KeySlotFile} is on the encrypted file, one {@link KeySlot} per account that may log in. Each change
 * is its own transaction, taken after the account change it belongs to has committed.
 */
public final class PasswordHashes {
    private static final String COLUMNS = "select account, kdf, memory_kib, iterations, parallelism, salt, nonce, secret,"
            + " failed_logins, last_failure_at from account_password";

    private final Database database;

    public PasswordHashes(Database database) {
        this.database = database;
    }

    public List<KeySlot> all() {
        return database.fromTransaction(s -> s.createNativeQuery(COLUMNS + " order by account", Tuple.class)
                .getResultList().stream().map(PasswordHashes::slot).toList());
    }

    public Optional<KeySlot> find(String account) {
        return database.fromTransaction(s -> find(s, account, false));
    }

    private static Optional<KeySlot> find(Session s, String account, boolean lock) {
        return s.createNativeQuery(COLUMNS + " where account = :a" + (lock ? " for update" : ""), Tuple.class)
                .setParameter("a", account).getResultStream().findFirst().map(PasswordHashes::slot);
    }

    /** Stores {@code slot} in place of the account's row, if any (its failure count starts again). */
    public void put(KeySlot slot) {
        database.inTransaction(s -> {
            s.createNativeMutationQuery("delete from account_password where account = :a")
                    .setParameter("a", slot.account()).executeUpdate();
            s.createNativeMutationQuery("insert into account_password (account, kdf, memory_kib, iterations, parallelism,"
                            + " salt, nonce, secret, failed_logins, last_failure_at)"
                            + " values (:a, :k, :m, :i, :p, :s, :n, :x, :f, :l)")
                    .setParameter("a", slot.account()).setParameter("k", slot.kdf())
                    .setParameter("m", slot.memoryKiB()).setParameter("i", slot.iterations())
                    .setParameter("p", slot.parallelism()).setParameter("s", slot.salt())
                    .setParameter("n", slot.nonce()).setParameter("x", slot.wrappedKey())
                    .setParameter("f", slot.failedLogins()).setParameter("l", slot.lastFailureAt()).executeUpdate();
        });
    }

    /** Removes the account's row: it cannot log in any more (a disabled account). */
    public void remove(String account) {
        database.inTransaction(s -> s.createNativeMutationQuery("delete from account_password where account = :a")
                .setParameter("a", account).executeUpdate());
    }

    /** Counts one more failed login at {@code at} (ISO-8601); the count after it, or 1 for an unknown account. */
    public int failed(String account, String at) {
        return database.fromTransaction(s -> {
            Optional<KeySlot> row = find(s, account, true);
            if (row.isEmpty()) {
                return 1;
            }
            int n = row.get().failedLogins() + 1;
            s.createNativeMutationQuery("update account_password set failed_logins = :f, last_failure_at = :l"
                    + " where account = :a").setParameter("f", n).setParameter("l", at).setParameter("a", account)
                    .executeUpdate();
            return n;
        });
    }

    /** Clears the account's failed logins and returns the row as it was (to audit them), if it had any. */
    public Optional<KeySlot> takeFailures(String account) {
        return database.fromTransaction(s -> {
            Optional<KeySlot> row = find(s, account, true).filter(r -> r.failedLogins() > 0);
            row.ifPresent(r -> s.createNativeMutationQuery("update account_password set failed_logins = 0,"
                    + " last_failure_at = null where account = :a").setParameter("a", account).executeUpdate());
            return row;
        });
    }

    private static KeySlot slot(Tuple t) {
        return new KeySlot(t.get(0, String.class), t.get(1, String.class), ((Number) t.get(2)).intValue(),
                ((Number) t.get(3)).intValue(), ((Number) t.get(4)).intValue(), t.get(5, String.class),
                t.get(6, String.class), t.get(7, String.class), ((Number) t.get(8)).intValue(), t.get(9, String.class));
    }
}
