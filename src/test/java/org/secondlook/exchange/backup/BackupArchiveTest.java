package org.secondlook.exchange.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.review.exchange.PackageRejectedException;

class BackupArchiveTest {
    private static final Set<String> REQUIRED = Set.of("secondlook.mv.db", "keyslots.json");

    @TempDir
    Path dir;

    private final BackupArchive archive = new BackupArchive(Clock.systemUTC());
    private final byte[] db = new byte[300_000];

    private Path backup() throws IOException {
        new Random(3).nextBytes(db);
        Path file = dir.resolve("backup.slbak");
        archive.write(file, List.of(new BackupArchive.Item("secondlook.mv.db", out -> out.write(db)),
                new BackupArchive.Item("keyslots.json", out -> out.write("{\"slots\":[]}".getBytes()))));
        return file;
    }

    @Test
    void restoresIntoAnEmptyFolderByteForByte() throws IOException {
        Path file = backup();
        Path target = dir.resolve("restored");
        List<String> names = archive.restore(file, target, REQUIRED);

        assertThat(names).containsExactlyInAnyOrder("secondlook.mv.db", "keyslots.json");
        assertThat(Files.readAllBytes(target.resolve("secondlook.mv.db"))).isEqualTo(db);
        assertThat(Files.readString(target.resolve("keyslots.json"))).isEqualTo("{\"slots\":[]}");
        try (Stream<Path> s = Files.list(target)) {
            assertThat(s).hasSize(2);
        }
    }

    @Test
    void refusesAFolderThatIsNotEmpty() throws IOException {
        Path file = backup();
        Path target = Files.createDirectories(dir.resolve("busy"));
        Files.writeString(target.resolve("secondlook.mv.db"), "live data");
        assertThatThrownBy(() -> archive.restore(file, target, REQUIRED)).isInstanceOf(PackageRejectedException.class)
                .hasMessageContaining("is not empty");
        assertThat(Files.readString(target.resolve("secondlook.mv.db"))).isEqualTo("live data");
    }

    @Test
    void aDamagedBackupIsRefusedAndLeavesNothingBehind() throws IOException {
        Path file = backup();
        rewrite(file, entries -> {
            byte[] b = entries.get("secondlook.mv.db");
            b[1234] ^= 0x40;
        });
        Path target = dir.resolve("restored");
        assertThatThrownBy(() -> archive.restore(file, target, REQUIRED)).isInstanceOf(PackageRejectedException.class)
                .hasMessage("backup.slbak is damaged: secondlook.mv.db does not match the checksum recorded when the"
                        + " backup was made.");
        try (Stream<Path> s = Files.list(target)) {
            assertThat(s).isEmpty();
        }
    }

    @Test
    void aTruncatedFileOrAnIncompleteBackupIsRefused() throws IOException {
        Path file = backup();
        Path cut = dir.resolve("cut.slbak");
        byte[] all = Files.readAllBytes(file);
        Files.write(cut, java.util.Arrays.copyOf(all, all.length / 2));
        assertThatThrownBy(() -> archive.restore(cut, dir.resolve("a"), REQUIRED))
                .isInstanceOf(PackageRejectedException.class).hasMessageContaining("cut.slbak is not a zip file");

        rewrite(file, entries -> entries.remove("keyslots.json"));
        assertThatThrownBy(() -> archive.restore(file, dir.resolve("b"), REQUIRED))
                .isInstanceOf(PackageRejectedException.class)
                .hasMessage("backup.slbak is incomplete: it does not hold keyslots.json.");
    }

    private static void rewrite(Path zipFile, java.util.function.Consumer<Map<String, byte[]>> change) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(zipFile.toFile())) {
            Enumeration<? extends ZipEntry> en = z.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                try (InputStream in = z.getInputStream(e)) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        change.accept(entries);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zipFile))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
    }
}
