package org.secondlook.store;

/**
 * Consistency counts after a crash: every applicant must have its current résumé version and that
 * version's screening flag, and one audit event for its arrival.
 */
public final class CrashChecks {
    /** The counts; in a whole database applicants = versions = flags = added events (for first imports). */
    public record Counts(long applicants, long versions, long flags, long applicantsWithoutCurrentVersionOrFlag,
                         long addedEvents) {
    }

    private final Database database;

    public CrashChecks(Database database) {
        this.database = database;
    }

    public Counts counts() {
        return database.fromTransaction(s -> new Counts(
                count(s, "select count(*) from applicant"),
                count(s, "select count(*) from resume_version"),
                count(s, "select count(*) from screening_flag"),
                count(s, "select count(*) from applicant a where not exists (select 1 from resume_version v "
                        + "join screening_flag f on f.resume_version_id = v.id "
                        + "where v.applicant_id = a.id and v.version_no = a.current_version)"),
                count(s, "select count(*) from audit_event where event_type = 'APPLICANT_ADDED'")));
    }

    private static long count(org.hibernate.Session s, String sql) {
        return s.createNativeQuery(sql, Long.class).getSingleResult();
    }
}
