package org.secondlook.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The key-slot file read and written without Jackson's object mapper, in the layout the mapper wrote. */
class KeySlotJsonTest {
    private static final KeySlot ADA = new KeySlot("ada", "argon2id", 19456, 2, 1, "c2FsdA==", "bm9uY2U=",
            "d3JhcHBlZA==", 0, null);
    private static final KeySlot BOB = new KeySlot("bob", "argon2id", 19456, 2, 1, "c2FsdDI=", "bm9uY2Uy",
            "d3JhcHBlZDI=", 3, "2026-12-02T07:00:00Z");

    @Test
    void writesWhatTheObjectMapperWroteAndReadsItBack() throws Exception {
        KeySlotFile.Contents contents = new KeySlotFile.Contents(1, List.of(ADA, BOB));
        byte[] written = KeySlotJson.write(contents);
        String mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(contents);
        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(mapper);
        assertThat(KeySlotJson.read(written)).isEqualTo(contents);
        assertThat(new ObjectMapper().readValue(written, KeySlotFile.Contents.class)).isEqualTo(contents);
    }

    @Test
    void skipsFieldsItDoesNotKnow() throws Exception {
        String json = "{\"format\":1,\"note\":{\"a\":[1,2]},\"slots\":[{\"account\":\"ada\",\"kdf\":\"argon2id\","
                + "\"memoryKiB\":19456,\"iterations\":2,\"parallelism\":1,\"salt\":\"c2FsdA==\",\"nonce\":\"bm9uY2U=\","
                + "\"wrappedKey\":\"d3JhcHBlZA==\",\"failedLogins\":0,\"lastFailureAt\":null,\"extra\":[true]}]}";
        assertThat(KeySlotJson.read(json.getBytes(StandardCharsets.UTF_8)).slots()).containsExactly(ADA);
        assertThat(new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(json, KeySlotFile.Contents.class).slots()).containsExactly(ADA);
    }
}
