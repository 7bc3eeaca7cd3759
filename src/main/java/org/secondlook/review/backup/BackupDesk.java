package org.secondlook.review.backup;

/** A session's backup (admin or supervisor; checked at each call). */
public interface BackupDesk {
    /** A consistent, still-encrypted backup of the database and its key slots. */
    BackupService backups();
}
