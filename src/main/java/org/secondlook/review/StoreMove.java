package org.secondlook.review;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.secondlook.store.AccountStore;
import org.secondlook.store.AuditVerifier;
import org.secondlook.store.Database;
import org.secondlook.store.KeySlot;
import org.secondlook.store.ServerAddress;
import org.secondlook.store.StoreCopy;

/**
 * An office's encrypted file moved to a PostgreSQL server ({@code migrate-store}): the rows of every table
 * (counted on both sides before the copy committed) and the audit chain checked on both afterwards.
 *
 * @param rows          rows per table, the same on both
 * @param sourceEvents  audit events in the file
 * @param targetEvents  audit events on the server
 * @param chainOk       whether the chain on the server is whole and ends where the file's does
 */
public record StoreMove(Map<String, Long> rows, long sourceEvents, long targetEvents, boolean chainOk) {

    static StoreMove run(Database source, String user, Clock clock, List<KeySlot> slots, ServerAddress server,
                         char[] databasePassword) {
        // Audited first, so that the file and the server end their chains on the same event.
        new AccountStore(source).audit(clock.instant(), user, "STORE_MIGRATE", null,
                "everything copied to the database server " + server);
        try (Database target = Database.openServer(server, databasePassword)) {
            if (!new AccountStore(target).all().isEmpty()) {
                throw new InvalidInputException("The database " + server + " holds an installation already:"
                        + " migrate-store needs an empty database.");
            }
            StoreCopy.Counts counts = StoreCopy.copy(source, target, slots);
            SearchCatchUp.run(target);
            AuditVerifier.Result from = new AuditVerifier(source).verify();
            AuditVerifier.Result to = new AuditVerifier(target).verify();
            return new StoreMove(counts.rows(), from.events(), to.events(), to.ok() && from.events() == to.events());
        }
    }
}
