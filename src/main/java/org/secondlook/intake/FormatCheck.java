package org.secondlook.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.CharBuffer;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Decides which reader a batch file gets, from its name, and checks that its first bytes agree —
 * before any parser sees it. Each refusal is one plain sentence saying what is wrong and how to fix it.
 */
final class FormatCheck {
    enum Format { CSV, XLSX, JSONL }

    private static final int SNIFF_BYTES = 64 * 1024;
    private static final long GRACE_BYTES = 100 * 1024;
    private static final int MAX_ZIP_ENTRIES = 10_000;
    /** All of a workbook's shared cell text is held in memory while its sheet is streamed. */
    private static final long MAX_SHARED_STRINGS_BYTES = 256L * 1024 * 1024;

    private FormatCheck() {
    }

    static Format formatOf(Path file, ReadLimits limits) throws UnusableFileException, IOException {
        String name = file.getFileName().toString();
        if (!Files.exists(file)) {
            throw new UnusableFileException(name + " was not found; check the file name and folder.");
        }
        if (Files.isDirectory(file)) {
            throw new UnusableFileException(name + " is a folder; choose the batch file inside it.");
        }
        String ext = ResumeLoader.extension(name);
        Format format = switch (ext) {
            case "csv" -> Format.CSV;
            case "xlsx" -> Format.XLSX;
            case "jsonl", "ndjson" -> Format.JSONL;
            case "xls" -> throw new UnusableFileException(name + " is an old Excel 97-2003 workbook; open it in Excel or"
                    + " LibreOffice and save it as .xlsx or CSV UTF-8.");
            default -> throw new UnusableFileException(name + " is not a batch file this program reads; send a .csv,"
                    + " .xlsx or .jsonl file (see docs/formats.md).");
        };
        long size = Files.size(file);
        if (size > limits.maxBatchBytes()) {
            throw new UnusableFileException(name + " is " + human(size) + ", more than the " + human(limits.maxBatchBytes())
                    + " one batch may be; split it into smaller batches.");
        }
        if (size == 0) {
            throw new UnusableFileException(name + " is empty; ask the sender for the batch again.");
        }
        byte[] head = head(file);
        String looksLike = looksLike(head);
        if (format == Format.XLSX) {
            if (isZip(head)) {
                checkZipSizes(file, name);
                return format;
            }
            if (isOle2(head)) {
                throw new UnusableFileException(ole2Problem(file, name));
            }
            throw new UnusableFileException(name + " is not an Excel workbook" + (looksLike == null ? "" : " (it looks like " + looksLike + ")")
                    + "; save the batch from Excel or LibreOffice as .xlsx, or rename it to what it is.");
        }
        String what = format == Format.CSV ? "a CSV text file" : "a JSON Lines text file";
        if (looksLike != null) {
            throw new UnusableFileException(name + " is not " + what + " (it looks like " + looksLike
                    + "); export the batch as " + (format == Format.CSV ? "CSV UTF-8" : "JSON Lines") + " or rename it to what it is.");
        }
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            throw new UnusableFileException(name + " is UTF-16 (\"Unicode text\"), not UTF-8; save it again as "
                    + (format == Format.CSV ? "CSV UTF-8." : "UTF-8 text."));
        }
        for (byte b : head) {
            if (b == 0) {
                throw new UnusableFileException(name + " is not " + what + " (it contains binary data); export the batch again as "
                        + (format == Format.CSV ? "CSV UTF-8." : "JSON Lines."));
            }
        }
        if (!isUtf8(head, size > head.length)) {
            throw new UnusableFileException(name + " is not UTF-8 text; save it again as "
                    + (format == Format.CSV ? "CSV UTF-8 (in Excel: Save As, CSV UTF-8)." : "UTF-8 text."));
        }
        return format;
    }

    /**
     * Refuses a workbook whose zip directory already admits to a bomb (a part that expands more than
     * {@link BatchReader#MIN_INFLATE_RATIO} allows, or beyond {@link BatchReader#MAX_ZIP_ENTRY_BYTES}),
     * before a single row is read. Parts whose headers lie are caught later by POI's ZipSecureFile.
     */
    private static void checkZipSizes(Path file, String name) throws UnusableFileException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            int count = 0;
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                count++;
                long size = e.getSize();
                long packed = e.getCompressedSize();
                boolean tooBig = size > BatchReader.MAX_ZIP_ENTRY_BYTES;
                boolean tooDense = size > GRACE_BYTES && packed >= 0 && (double) packed / size < BatchReader.MIN_INFLATE_RATIO;
                if (tooBig || tooDense || count > MAX_ZIP_ENTRIES) {
                    throw XlsxProblems.unusable(name, new IOException("Zip bomb detected"), "open");
                }
                if (e.getName().equalsIgnoreCase("xl/sharedStrings.xml") && size > MAX_SHARED_STRINGS_BYTES) {
                    throw new UnusableFileException(name + " holds more text than this program reads from a workbook ("
                            + human(size) + " of cell text); send the batch as CSV UTF-8 instead.");
                }
            }
        } catch (IOException | RuntimeException e) {
            throw XlsxProblems.unusable(name, e, "open");
        }
    }

    private static String ole2Problem(Path file, String name) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                return name + " is password-protected; open it in Excel, remove the password (File, Info, Protect Workbook)"
                        + " and save it again.";
            }
        } catch (IOException | RuntimeException e) {
            return name + " is damaged or incomplete and cannot be opened as an Excel workbook; ask for a new copy.";
        }
        return name + " is an old Excel 97-2003 workbook despite its .xlsx name; open it in Excel or LibreOffice and save it as .xlsx.";
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF_BYTES);
        }
    }

    static boolean isZip(byte[] h) {
        return h.length >= 4 && h[0] == 'P' && h[1] == 'K' && (h[2] == 3 && h[3] == 4 || h[2] == 5 && h[3] == 6);
    }

    static boolean isOle2(byte[] h) {
        int[] magic = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
        if (h.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((h[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String looksLike(byte[] h) {
        if (isZip(h)) {
            return "a zip archive or an Office document";
        }
        if (isOle2(h)) {
            return "an old Office document or a password-protected workbook";
        }
        if (h.length >= 4 && h[0] == '%' && h[1] == 'P' && h[2] == 'D' && h[3] == 'F') {
            return "a PDF";
        }
        if (h.length >= 3 && (h[0] & 0xFF) == 0x1F && (h[1] & 0xFF) == 0x8B) {
            return "a gzip archive";
        }
        return null;
    }

    /** Strict UTF-8 check of the first bytes; a character cut off at the end of a partial read is allowed. */
    private static boolean isUtf8(byte[] head, boolean partial) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(head);
        CharBuffer out = CharBuffer.allocate(head.length + 1);
        CoderResult r = d.decode(in, out, !partial);
        if (r.isError()) {
            return false;
        }
        if (!partial) {
            r = d.flush(out);
            return !r.isError();
        }
        return in.remaining() < 4;
    }

    static String human(long bytes) {
        double gb = bytes / (1024.0 * 1024 * 1024);
        if (gb >= 1) {
            return String.format(Locale.ROOT, "%.1f GB", gb);
        }
        return String.format(Locale.ROOT, "%.0f MB", Math.max(1, bytes / (1024.0 * 1024)));
    }
}
