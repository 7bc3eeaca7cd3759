package org.secondlook.exchange.pack;

/** The parts of an export package and the manifest's count keys. */
public final class PackageParts {
    /** Applicants with their résumé versions, tool evidence and findings: JSON Lines, gzip, sealed. */
    public static final String CASES = "cases.jsonl.gz.enc";
    /** Every decision and sign-off: JSON Lines, gzip, sealed. */
    public static final String DECISIONS = "decisions.jsonl.gz.enc";
    /** The whole audit chain from event 1: JSON Lines of {@link AuditRecord}, gzip, sealed. */
    public static final String AUDIT = "audit.jsonl.gz.enc";
    /** Every training record with its moves: JSON Lines of {@code TrainingRecord}, gzip, sealed (optional). */
    public static final String TRAINING = "training.jsonl.gz.enc";
    /** The Excel workbook of every case, sealed. */
    public static final String WORKBOOK = "workbook.xlsx.enc";

    public static final String COUNT_CASES = "cases";
    public static final String COUNT_DECISIONS = "decisions";
    public static final String COUNT_AUDIT_EVENTS = "auditEvents";
    public static final String COUNT_TRAINING = "trainingRecords";

    private PackageParts() {
    }
}
