package org.secondlook.exchange.backup;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.secondlook.review.exchange.PackageRejectedException;
import org.secondlook.exchange.pack.UntrustedZip;
import org.secondlook.exchange.pack.ZipLimits;
import org.secondlook.review.backup.BackupFiles;

/**
 * A backup file: one zip holding the files of a data directory as they were copied (the database is
 * already encrypted, so the backup is too), and {@code backup.json} with the SHA-256 and size of each.
 * Restoring checks the zip like any file from outside, writes into an empty data directory only, and
 * checks every file's hash before anything is moved into place: a damaged backup is refused with one
 * sentence and leaves the directory as it was.
 */
public final class BackupArchive implements BackupFiles {
    public static final String INDEX = "backup.json";
    public static final String FORMAT = "secondlook-backup/1";
    public static final ZipLimits LIMITS = new ZipLimits(64L << 30, 16, 32L << 30, 64L << 30, 1000);

    private final Clock clock;

    public BackupArchive(Clock clock) {
        this.clock = clock;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Index(String format, String createdAt, List<Entry> files) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entry(String name, String sha256, long size) {
    }

    /** Built when a backup is written or read, not with the workstation that may never need it. */
    private static ObjectMapper mapper() {
        return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    @Override
    public void write(Path target, List<Item> items) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path tmp = Files.createTempFile(absolute.getParent(), ".secondlook-backup-", ".part");
        try {
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(tmp))) {
                List<Entry> entries = new ArrayList<>();
                for (Item item : items) {
                    MessageDigest sha = sha256();
                    long[] size = {0};
                    zip.putNextEntry(new ZipEntry(item.name()));
                    OutputStream out = new DigestOutputStream(new FilterOutputStream(zip) {
                        @Override
                        public void write(int b) throws IOException {
                            out.write(b);
                            size[0]++;
                        }

                        @Override
                        public void write(byte[] b, int off, int len) throws IOException {
                            out.write(b, off, len);
                            size[0] += len;
                        }

                        @Override
                        public void close() {
                            // the zip stays open for the next entry
                        }
                    }, sha);
                    item.content().writeTo(out);
                    out.flush();
                    zip.closeEntry();
                    entries.add(new Entry(item.name(), HexFormat.of().formatHex(sha.digest()), size[0]));
                }
                zip.putNextEntry(new ZipEntry(INDEX));
                zip.write(mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(
                        new Index(FORMAT, clock.instant().toString(), entries)));
                zip.closeEntry();
            }
            move(tmp, absolute);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Restores a backup into {@code dataDir}, which must be empty or absent.
     *
     * @param required the file names a usable backup must hold (e.g. the database and the key slots)
     * @return the names restored
     * @throws PackageRejectedException with one sentence when the backup is unusable or the folder not empty
     */
    @Override
    public List<String> restore(Path backup, Path dataDir, Set<String> required) {
        if (Files.exists(dataDir) && !isEmptyDirectory(dataDir)) {
            throw new PackageRejectedException("The data directory " + dataDir + " is not empty; restore only into"
                    + " an empty or new folder (give another --data-dir).");
        }
        String label = String.valueOf(backup.getFileName());
        List<Path> written = new ArrayList<>();
        try (UntrustedZip zip = UntrustedZip.open(backup, LIMITS)) {
            if (!zip.has(INDEX)) {
                throw new PackageRejectedException(label + " is not a Second Look backup (it has no " + INDEX + ").");
            }
            Index index = readIndex(zip, label);
            Map<String, Entry> byName = new LinkedHashMap<>();
            index.files().forEach(e -> byName.put(e.name(), e));
            for (String name : required) {
                if (!byName.containsKey(name) || !zip.has(name)) {
                    throw new PackageRejectedException(label + " is incomplete: it does not hold " + name + ".");
                }
            }
            for (String name : zip.names()) {
                if (!name.equals(INDEX) && !byName.containsKey(name)) {
                    throw new PackageRejectedException(label + " holds " + name + ", which its index does not list;"
                            + " it is damaged or was changed.");
                }
            }
            Files.createDirectories(dataDir);
            Map<Path, Path> moves = new LinkedHashMap<>();
            for (Entry e : byName.values()) {
                Path tmp = Files.createTempFile(dataDir, ".restore-", ".part");
                written.add(tmp);
                MessageDigest sha = sha256();
                long size;
                try (InputStream in = zip.open(e.name());
                     OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), sha)) {
                    size = in.transferTo(out);
                }
                if (size != e.size() || !HexFormat.of().formatHex(sha.digest()).equals(e.sha256())) {
                    throw new PackageRejectedException(label + " is damaged: " + e.name()
                            + " does not match the checksum recorded when the backup was made.");
                }
                moves.put(tmp, dataDir.resolve(e.name()));
            }
            List<String> names = new ArrayList<>();
            for (Map.Entry<Path, Path> m : moves.entrySet()) {
                move(m.getKey(), m.getValue());
                written.add(m.getValue());
                names.add(m.getValue().getFileName().toString());
            }
            written.clear();
            return names;
        } catch (IOException e) {
            throw new PackageRejectedException(label + " cannot be restored: " + oneLine(e), e);
        } finally {
            for (Path p : written) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: the folder was empty before
                }
            }
        }
    }

    private Index readIndex(UntrustedZip zip, String label) throws IOException {
        Index index;
        try {
            index = mapper().readValue(zip.readSmall(INDEX, 64 * 1024), Index.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new PackageRejectedException(label + " is damaged: its " + INDEX + " is not valid JSON.", e);
        }
        if (index == null || !FORMAT.equals(index.format()) || index.files() == null) {
            throw new PackageRejectedException(label + " is not a Second Look backup of a format this version reads.");
        }
        return index;
    }

    private static boolean isEmptyDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        String s = (nl < 0 ? m : m.substring(0, nl)).strip();
        return s.endsWith(".") ? s : s + ".";
    }
}
