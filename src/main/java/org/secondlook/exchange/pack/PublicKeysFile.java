package org.secondlook.exchange.pack;
import org.secondlook.review.exchange.PackageRejectedException;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The public-key file that travels between an office and headquarters (JSON, a few hundred bytes):
 * {@code {"format":"secondlook-public-keys/1","office":…,"signing":…,"encryption":…,
 * "signingFingerprint":…,"encryptionFingerprint":…}}. Fingerprints are for people to compare over
 * the phone; reading recomputes them from the keys and refuses a file where they disagree.
 */
public final class PublicKeysFile {
    public static final String FORMAT = "secondlook-public-keys/1";
    private static final int MAX_BYTES = 16 * 1024;

    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Json(String format, String office, String signing, String encryption, String signingFingerprint,
                String encryptionFingerprint) {
    }

    public void write(PublicKeys keys, Path file) throws IOException {
        Json j = new Json(FORMAT, keys.office(), KeyCodec.encodePublic(keys.signing()),
                KeyCodec.encodePublic(keys.encryption()), keys.signingFingerprint(), keys.encryptionFingerprint());
        Files.write(file, mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(j));
    }

    /** @throws PackageRejectedException with one sentence when the file is not a public-key file */
    public PublicKeys read(Path file) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new PackageRejectedException(file + " cannot be read: " + PackageJson.oneLine(e) + ".", e);
        }
        String name = String.valueOf(file.getFileName());
        if (bytes.length > MAX_BYTES) {
            throw new PackageRejectedException(name + " is too large to be a Second Look public-key file.");
        }
        Json j;
        try {
            j = mapper.readValue(bytes, Json.class);
        } catch (IOException e) {
            throw new PackageRejectedException(name + " is not a Second Look public-key file (not valid JSON).", e);
        }
        if (j == null || !FORMAT.equals(j.format()) || j.signing() == null || j.encryption() == null) {
            throw new PackageRejectedException(name + " is not a Second Look public-key file"
                    + " (write one with 'keys export-public --output FILE').");
        }
        PublicKeys keys;
        try {
            keys = new PublicKeys(j.office(), KeyCodec.decodePublic(j.signing(), KeyCodec.SIGNING),
                    KeyCodec.decodePublic(j.encryption(), KeyCodec.AGREEMENT));
        } catch (PackageRejectedException e) {
            throw new PackageRejectedException(name + " holds a damaged key: " + e.getMessage(), e);
        }
        if ((j.signingFingerprint() != null && !j.signingFingerprint().equals(keys.signingFingerprint()))
                || (j.encryptionFingerprint() != null && !j.encryptionFingerprint().equals(keys.encryptionFingerprint()))) {
            throw new PackageRejectedException(name + " is damaged: its fingerprints do not match its keys.");
        }
        return keys;
    }
}
