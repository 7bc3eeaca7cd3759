package org.secondlook.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.secondlook.domain.OfficeSetting;
import org.secondlook.domain.Role;
import org.secondlook.domain.RolesConverter;
import org.secondlook.domain.User;

/** Accounts and office settings in the database (the key slots live in {@link KeySlotFile}). */
public final class AccountStore {
    private final Database database;

    public AccountStore(Database database) {
        this.database = database;
    }

    /** The account as stored now (one statement on plain JDBC: every command asks, and most only read). */
    public Optional<User> find(String name) {
        return database.readOne(c -> {
            try (PreparedStatement q = c.prepareStatement(SELECT_USER + " where name = ?")) {
                q.setString(1, name);
                List<User> found = users(q);
                return found.stream().findFirst();
            }
        });
    }

    public List<User> all() {
        return database.jdbc(c -> {
            try (PreparedStatement q = c.prepareStatement(SELECT_USER + " order by name")) {
                return users(q);
            }
        });
    }

    private static final String SELECT_USER = "select name, roles, enabled, created_at from app_user";

    private static List<User> users(PreparedStatement q) throws SQLException {
        List<User> out = new ArrayList<>();
        RolesConverter roles = new RolesConverter();
        try (ResultSet r = q.executeQuery()) {
            while (r.next()) {
                User u = new User(r.getString(1), roles.convertToEntityAttribute(r.getString(2)),
                        r.getObject(4, OffsetDateTime.class).toInstant());
                u.setEnabled(r.getBoolean(3));
                out.add(u);
            }
        }
        return out;
    }

    /** Creates the first administrator and the office name, with their audit events, in one transaction. */
    public void initialize(String admin, Set<Role> roles, String officeName, Instant at) {
        database.inTransaction(s -> {
            s.persist(new User(admin, roles, at));
            s.persist(new OfficeSetting(OfficeSetting.OFFICE_NAME, officeName));
            AuditChain.append(s, at, admin, "INITIALIZE", null, "database created; office name set");
            AuditChain.append(s, at, admin, "USER_ADD", null, "account " + admin + " with roles " + roles);
        });
    }

    public String setting(String key, String fallback) {
        return database.jdbc(c -> {
            try (PreparedStatement q = c.prepareStatement("select setting_value from office_setting where setting_key = ?")) {
                q.setString(1, key);
                try (ResultSet r = q.executeQuery()) {
                    return r.next() ? r.getString(1) : fallback;
                }
            }
        });
    }

    /** Appends an audit event on its own (e.g. failed logins folded in at the next successful login). */
    public void audit(Instant at, String actor, String type, String subject, String details) {
        database.inTransaction(s -> AuditChain.append(s, at, actor, type, subject, details));
    }
}
