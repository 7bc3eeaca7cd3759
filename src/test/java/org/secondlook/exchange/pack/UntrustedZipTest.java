package org.secondlook.exchange.pack;
import org.secondlook.review.exchange.PackageRejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UntrustedZipTest {
    @TempDir
    Path dir;

    private Path zip(Map<String, byte[]> entries) throws IOException {
        Path file = Files.createTempFile(dir, "z", ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return file;
    }

    @Test
    void pathTraversalAndFolderNamesAreRefused() throws IOException {
        for (String name : new String[] {"../evil.sh", "/etc/passwd", "parts/cases.jsonl", "..", "C:\\x", ".hidden"}) {
            Path file = zip(Map.of(name, new byte[] {1}));
            assertThatThrownBy(() -> UntrustedZip.open(file, ZipLimits.PACKAGE)).as(name)
                    .isInstanceOf(PackageRejectedException.class)
                    .hasMessageContaining("which is not a plain file name at the package's root");
        }
    }

    @Test
    void tooManyEntriesAreRefused() throws IOException {
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 40; i++) {
            many.put("part" + i, new byte[] {1});
        }
        Path file = zip(many);
        assertThatThrownBy(() -> UntrustedZip.open(file, ZipLimits.PACKAGE))
                .isInstanceOf(PackageRejectedException.class)
                .hasMessageEndingWith("holds 40 entries, more than the 32 a package may hold; it was refused.");
    }

    @Test
    void anOversizedEntryIsRefusedBeforeReading() throws IOException {
        Path file = zip(Map.of("big", new byte[5000]));
        ZipLimits small = new ZipLimits(1 << 20, 8, 4096, 1 << 20, 1000);
        assertThatThrownBy(() -> UntrustedZip.open(file, small)).isInstanceOf(PackageRejectedException.class)
                .hasMessageContaining("entry 'big' says it is 5000 bytes, more than the 4096 bytes allowed");
    }

    @Test
    void aZipBombIsStoppedWhileInflating() throws IOException {
        Path file = zip(Map.of("bomb", new byte[20 << 20])); // 20 MB of zeros packs to ~20 KB
        try (UntrustedZip z = UntrustedZip.open(file, ZipLimits.PACKAGE); InputStream in = z.open("bomb")) {
            assertThatThrownBy(in::readAllBytes).isInstanceOf(UntrustedZip.ZipLimitException.class)
                    .hasMessageContaining("expands more than 200 times (a zip bomb)");
        }
    }

    @Test
    void aFileThatIsNotAZipIsRefusedWithASentence() throws IOException {
        Path file = dir.resolve("notes.slpkg");
        Files.writeString(file, "just some text");
        assertThatThrownBy(() -> UntrustedZip.open(file, ZipLimits.PACKAGE)).isInstanceOf(PackageRejectedException.class)
                .hasMessage("notes.slpkg is not a zip file (or it is damaged), so it is not a Second Look package.");
    }

    @Test
    void plainEntriesReadBack() throws IOException {
        Path file = zip(Map.of("manifest.json", "{}".getBytes(), "cases.jsonl.gz.enc", new byte[] {9, 8}));
        try (UntrustedZip z = UntrustedZip.open(file, ZipLimits.PACKAGE)) {
            assertThat(z.names()).containsExactlyInAnyOrder("manifest.json", "cases.jsonl.gz.enc");
            assertThat(z.readSmall("manifest.json", 10)).isEqualTo("{}".getBytes());
            assertThatThrownBy(() -> z.readSmall("cases.jsonl.gz.enc", 1))
                    .isInstanceOf(UntrustedZip.ZipLimitException.class);
        }
    }
}
