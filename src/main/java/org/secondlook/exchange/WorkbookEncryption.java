package org.secondlook.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import org.apache.poi.poifs.crypt.ChainingMode;
import org.apache.poi.poifs.crypt.CipherAlgorithm;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.crypt.HashAlgorithm;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Standard OOXML "agile" encryption (AES-256, SHA-512 — what Excel 2013 and later write by
 * default): Excel and LibreOffice ask for the password and open the workbook.
 */
final class WorkbookEncryption {
    private WorkbookEncryption() {
    }

    static void writeEncrypted(Workbook wb, char[] password, OutputStream out) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile, CipherAlgorithm.aes256, HashAlgorithm.sha512,
                    256, 16, ChainingMode.cbc);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(new String(password));
            try (OutputStream os = encryptor.getDataStream(fs)) {
                wb.write(os);
            } catch (GeneralSecurityException e) {
                throw new IOException("The workbook could not be encrypted: " + e.getMessage(), e);
            }
            fs.writeFilesystem(out);
        }
    }
}
