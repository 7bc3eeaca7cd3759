package org.secondlook.store;

import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Join;
import org.hibernate.mapping.PersistentClass;

/**
 * Every secondary table of our entities holds exactly one row per entity (a training record's progress, migration
 * V95, which carries the record's version). The domain may not use Hibernate's own annotations (ArchitectureTest),
 * so the store sets two things on the mapping before the session factory is built:
 * <ul>
 * <li>the row is required ({@code @SecondaryRow(optional = false)}): otherwise Hibernate reads it with an outer join
 * and writes it with a MERGE that fails to bind the version it checks;</li>
 * <li>updates are dynamic ({@code @DynamicUpdate}), which Hibernate 7.3 sends one at a time: in a JDBC batch it drops
 * the failed version check of a secondary table (no row updated, no error: a lost update, RemediationProgressTest);
 * sent alone, it raises the stale-state error as for a version on the main table.</li>
 * </ul>
 */
final class RequiredSecondaryRows {
    private RequiredSecondaryRows() {
    }

    static Metadata apply(Metadata metadata) {
        for (PersistentClass entity : metadata.getEntityBindings()) {
            for (Join secondary : entity.getJoins()) {
                secondary.setOptional(false);
                entity.setDynamicUpdate(true);
            }
        }
        return metadata;
    }
}
