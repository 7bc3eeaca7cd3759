package org.secondlook.exchange.pack;
import org.secondlook.review.exchange.PackageRejectedException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** JSON for packages: the manifest (pretty, stable field order) and parts as JSON Lines. */
public final class PackageJson {
    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    public byte[] manifestBytes(Manifest m) throws JsonProcessingException {
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(m);
    }

    /** @throws PackageRejectedException when the bytes are not a manifest of a known format */
    public Manifest readManifest(byte[] bytes) {
        Manifest m;
        try {
            m = mapper.readValue(bytes, Manifest.class);
        } catch (IOException e) {
            throw new PackageRejectedException("The package's manifest.json is not valid JSON: " + oneLine(e), e);
        }
        if (m.format() != Manifest.FORMAT) {
            throw new PackageRejectedException("The package's manifest has format " + m.format()
                    + ", which this version does not read (it reads format " + Manifest.FORMAT + ").");
        }
        if (m.office() == null || m.office().isBlank() || m.signer() == null || m.auditHead() == null) {
            throw new PackageRejectedException("The package's manifest lacks the office, the signer or the audit chain head.");
        }
        return m;
    }

    /** A JSON Lines writer: one value per line. Closing it does not close {@code out}. */
    public SequenceWriter linesWriter(OutputStream out) throws IOException {
        return mapper.writer().withRootValueSeparator("\n")
                .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(out);
    }

    public <T> MappingIterator<T> linesReader(InputStream in, Class<T> type) throws IOException {
        return mapper.readerFor(type).readValues(in);
    }

    static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }
}
