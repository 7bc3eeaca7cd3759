package org.secondlook.exchange;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.poifs.crypt.temp.AesZipFileZipEntrySource;
import org.apache.poi.poifs.crypt.temp.EncryptedTempData;
import org.apache.poi.util.IOUtils;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A streaming workbook whose temporary files never hold plain text: like POI's
 * {@code SXSSFWorkbookWithCustomZipEntrySource}, each sheet's rows and the workbook's template go
 * through AES with a key that lives only in this process's memory, so a file left behind by a crash
 * (kill -9, power loss) is unreadable; rows are written by {@link EncryptedSheetDataWriter}. Built on a
 * template whose style sheet names its default cell
 * style ({@link NormalStyleFactory}), so readers do not warn. The temporary files go where POI's
 * {@code TempFile} strategy says: the data directory's own owner-only folder when the app set one.
 */
final class EncryptedTempWorkbook extends SXSSFWorkbook {
    EncryptedTempWorkbook(int rowWindow) {
        super(new XSSFWorkbook(new NormalStyleFactory()), rowWindow);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new EncryptedSheetDataWriter();
    }

    @Override
    public void write(OutputStream stream) throws IOException {
        flushSheets();
        EncryptedTempData template = new EncryptedTempData();
        ZipEntrySource source = null;
        try {
            try (OutputStream os = template.getOutputStream()) {
                getXSSFWorkbook().write(os);
            }
            source = AesZipFileZipEntrySource.createZipEntrySource(template.getInputStream());
            injectData(source, stream);
        } finally {
            template.dispose();
            IOUtils.closeQuietly(source);
        }
    }
}
