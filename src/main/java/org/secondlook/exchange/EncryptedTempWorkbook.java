package org.secondlook.exchange;

import org.apache.poi.poifs.crypt.temp.SXSSFWorkbookWithCustomZipEntrySource;

/**
 * A streaming workbook whose temporary files never hold plain text: POI's encrypting variant of
 * SXSSF writes each sheet's rows and the workbook's template through AES with a key that lives only
 * in this process's memory, so a file left behind by a crash (kill -9, power loss) is unreadable.
 * The temporary files go where POI's {@code TempFile} strategy says: the data directory's own
 * owner-only folder when the app set one.
 */
final class EncryptedTempWorkbook extends SXSSFWorkbookWithCustomZipEntrySource {
    EncryptedTempWorkbook(int rowWindow) {
        super();
        setRandomAccessWindowSize(rowWindow);
    }
}
