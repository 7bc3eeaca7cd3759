package org.secondlook.exchange.pack;
import org.secondlook.review.exchange.PackageRejectedException;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A zip file nobody here wrote. Opening it checks the size, the number of entries and every
 * entry's name (plain names at the root only: no folders, no {@code ..}, no absolute paths, no
 * duplicates); reading an entry counts the bytes actually inflated, so a zip bomb or an entry that
 * lies about its size is refused while it is read. Every refusal is one sentence.
 */
public final class UntrustedZip implements Closeable {
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*");
    private static final int MAX_NAME = 100;
    /** Small entries may compress well; the ratio check starts after this many inflated bytes. */
    private static final long RATIO_GRACE = 1L << 20;

    private final String label;
    private final ZipFile zip;
    private final ZipLimits limits;
    private final Map<String, ZipEntry> entries;

    private UntrustedZip(String label, ZipFile zip, ZipLimits limits, Map<String, ZipEntry> entries) {
        this.label = label;
        this.zip = zip;
        this.limits = limits;
        this.entries = entries;
    }

    /** @throws PackageRejectedException with one sentence when the file is not an acceptable zip */
    public static UntrustedZip open(Path file, ZipLimits limits) {
        String label = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file)) {
            throw new PackageRejectedException(file + " does not exist or is not a file.");
        }
        try {
            if (Files.size(file) > limits.maxFileBytes()) {
                throw new PackageRejectedException(label + " is larger than the " + human(limits.maxFileBytes())
                        + " a package may be; it was refused.");
            }
        } catch (IOException e) {
            throw new PackageRejectedException(file + " cannot be read: " + e.getMessage() + ".", e);
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new PackageRejectedException(label + " is not a zip file (or it is damaged), so it is not a Second Look package.", e);
        } catch (IOException e) {
            throw new PackageRejectedException(file + " cannot be read: " + e.getMessage() + ".", e);
        }
        try {
            return new UntrustedZip(label, zip, limits, checkEntries(label, zip, limits));
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    private static Map<String, ZipEntry> checkEntries(String label, ZipFile zip, ZipLimits limits) {
        if (zip.size() > limits.maxEntries()) {
            throw new PackageRejectedException(label + " holds " + zip.size() + " entries, more than the "
                    + limits.maxEntries() + " a package may hold; it was refused.");
        }
        Map<String, ZipEntry> byName = new LinkedHashMap<>();
        long declaredTotal = 0;
        Enumeration<? extends ZipEntry> en = zip.entries();
        while (en.hasMoreElements()) {
            ZipEntry e = en.nextElement();
            String name = e.getName();
            if (e.isDirectory() || name.length() > MAX_NAME || !SAFE_NAME.matcher(name).matches()) {
                throw new PackageRejectedException(label + " holds an entry named '" + printable(name)
                        + "', which is not a plain file name at the package's root (a path like that could write"
                        + " outside its folder); it was refused.");
            }
            if (byName.put(name, e) != null) {
                throw new PackageRejectedException(label + " holds two entries named '" + name
                        + "'; it was refused.");
            }
            if (e.getSize() > limits.maxEntryBytes()) {
                throw new PackageRejectedException(label + ": entry '" + name + "' says it is "
                        + human(e.getSize()) + ", more than the " + human(limits.maxEntryBytes())
                        + " allowed; it was refused.");
            }
            // Reading never goes past an entry's stated size, so the stated sizes bound the whole.
            declaredTotal += e.getSize() < 0 ? limits.maxEntryBytes() : e.getSize();
        }
        if (declaredTotal > limits.maxTotalBytes()) {
            throw new PackageRejectedException(label + " would inflate to " + human(declaredTotal) + ", more than the "
                    + human(limits.maxTotalBytes()) + " allowed in all; it was refused.");
        }
        return Collections.unmodifiableMap(byName);
    }

    public String label() {
        return label;
    }

    public Set<String> names() {
        return entries.keySet();
    }

    public boolean has(String name) {
        return entries.containsKey(name);
    }

    /** The entry's bytes as stored (inflated), counted against the limits while they are read. */
    public InputStream open(String name) throws IOException {
        ZipEntry e = entries.get(name);
        if (e == null) {
            throw new PackageRejectedException(label + " has no entry '" + name + "'.");
        }
        return new Bounded(zip.getInputStream(e), e);
    }

    /** A small entry (manifest, signature) read whole, refused if longer than {@code max} bytes. */
    public byte[] readSmall(String name, int max) throws IOException {
        try (InputStream in = open(name)) {
            byte[] b = in.readNBytes(max + 1);
            if (b.length > max) {
                throw new ZipLimitException(label + ": entry '" + name + "' is longer than the " + max
                        + " bytes it may be; it was refused.");
            }
            return b;
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private static void closeQuietly(ZipFile z) {
        try {
            z.close();
        } catch (IOException ignored) {
            // nothing was read from it
        }
    }

    private static String printable(String name) {
        String s = name.replaceAll("\\p{Cntrl}", "?");
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    static String human(long bytes) {
        if (bytes >= 1L << 30) {
            return (bytes >> 30) + " GB";
        }
        if (bytes >= 1L << 20) {
            return (bytes >> 20) + " MB";
        }
        return bytes + " bytes";
    }

    /** A zip limit was hit while reading; the message is the sentence to show. */
    public static final class ZipLimitException extends IOException {
        private static final long serialVersionUID = 1L;

        ZipLimitException(String message) {
            super(message);
        }
    }

    private final class Bounded extends FilterInputStream {
        private final ZipEntry entry;
        private long read;

        Bounded(InputStream in, ZipEntry entry) {
            super(in);
            this.entry = entry;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws ZipLimitException {
            read += n;
            String name = entry.getName();
            if (read > limits.maxEntryBytes()) { // entries of unknown size
                throw new ZipLimitException(label + ": entry '" + name + "' inflates to more than the "
                        + human(limits.maxEntryBytes()) + " allowed (a zip bomb?); it was refused.");
            }
            if (entry.getSize() >= 0 && read > entry.getSize()) {
                throw new ZipLimitException(label + ": entry '" + name
                        + "' inflates to more than its stated size; it was refused.");
            }
            long packed = entry.getCompressedSize();
            if (read > RATIO_GRACE && packed > 0 && read / packed > limits.maxRatio()) {
                throw new ZipLimitException(label + ": entry '" + name + "' expands more than "
                        + limits.maxRatio() + " times (a zip bomb); it was refused.");
            }
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buf = new byte[8192];
            long done = 0;
            while (done < n) {
                int r = read(buf, 0, (int) Math.min(buf.length, n - done));
                if (r < 0) {
                    break;
                }
                done += r;
            }
            return done;
        }
    }
}
