package org.secondlook.review;

import org.secondlook.review.backup.BackupFiles;
import org.secondlook.review.exchange.ExchangeFiles;

/**
 * The file formats the use cases write and read — the workbook and the signed package, the backup
 * archive — implemented in the {@code exchange} layer and handed in by the composition root ({@code app}).
 * {@link #NONE} is for a workstation built without them (tests of other capabilities): exporting or
 * backing up there says it was not wired.
 */
public record FileFormats(ExchangeFiles exchange, BackupFiles backup) {
    public static final FileFormats NONE = new FileFormats(null, null);

    ExchangeFiles requireExchange() {
        if (exchange == null) {
            throw new IllegalStateException("This workstation was built without the exchange's file formats.");
        }
        return exchange;
    }

    BackupFiles requireBackup() {
        if (backup == null) {
            throw new IllegalStateException("This workstation was built without the backup file format.");
        }
        return backup;
    }
}
