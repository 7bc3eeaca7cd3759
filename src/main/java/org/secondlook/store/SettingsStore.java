package org.secondlook.store;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.secondlook.domain.OfficeSetting;

/** The installation's settings (office_setting): read, and written together with their audit event. */
public final class SettingsStore {
    private final Database database;

    public SettingsStore(Database database) {
        this.database = database;
    }

    public Optional<String> get(String key) {
        return database.fromTransaction(s -> Optional.ofNullable(s.find(OfficeSetting.class, key))
                .map(OfficeSetting::getValue));
    }

    /** Every setting whose key starts with {@code prefix}, by key. */
    public Map<String, String> byPrefix(String prefix) {
        return database.fromTransaction(s -> {
            Map<String, String> out = new LinkedHashMap<>();
            s.createSelectionQuery("from OfficeSetting o where o.key like :p order by o.key", OfficeSetting.class)
                    .setParameter("p", prefix.replace("%", "\\%").replace("_", "\\_") + "%")
                    .getResultList().forEach(o -> out.put(o.getKey(), o.getValue()));
            return out;
        });
    }

    /** Sets the values and appends one audit event, in one transaction. */
    public void put(Map<String, String> values, Instant at, String actor, String eventType, String details) {
        database.inTransaction(s -> {
            values.forEach((k, v) -> put(s, k, v));
            AuditChain.append(s, at, actor, eventType, null, details);
        });
    }

    /**
     * The values under {@code keys} if the first exists; otherwise creates them all (with their audit event)
     * in one transaction. The audit head lock serialises two processes creating them at once.
     */
    public Map<String, String> getOrCreate(String[] keys, Supplier<Map<String, String>> create, Instant at,
                                           String actor, String eventType, String details) {
        return database.fromTransaction(s -> {
            AuditChain.Cursor head = AuditChain.lockHead(s);
            OfficeSetting first = s.find(OfficeSetting.class, keys[0]);
            if (first == null) {
                Map<String, String> values = create.get();
                values.forEach((k, v) -> put(s, k, v));
                s.persist(head.next(at, actor, eventType, null, details));
                s.flush();
                AuditChain.saveHead(s, head);
                return values;
            }
            Map<String, String> out = new LinkedHashMap<>();
            for (String k : keys) {
                OfficeSetting o = s.find(OfficeSetting.class, k);
                if (o != null) {
                    out.put(k, o.getValue());
                }
            }
            return out;
        });
    }

    static void put(Session s, String key, String value) {
        OfficeSetting o = s.find(OfficeSetting.class, key);
        if (o == null) {
            s.persist(new OfficeSetting(key, value));
        } else {
            o.setValue(value);
        }
    }
}
