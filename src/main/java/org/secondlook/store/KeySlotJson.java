package org.secondlook.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The key-slot file's JSON, read and written with Jackson's streaming parser and generator: every login
 * reads this file, and Jackson's object mapper alone loads some 700 classes (about half a second of a
 * command's start). The layout is the mapper's indented one; unknown fields are skipped.
 */
final class KeySlotJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private KeySlotJson() {
    }

    static KeySlotFile.Contents read(byte[] json) throws IOException {
        int format = 0;
        List<KeySlot> slots = new ArrayList<>();
        try (JsonParser p = FACTORY.createParser(json)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("format")) {
                    format = p.getIntValue();
                } else if (field.equals("slots") && value == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        slots.add(slot(p));
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
        return new KeySlotFile.Contents(format, slots);
    }

    private static KeySlot slot(JsonParser p) throws IOException {
        Map<String, String> text = new HashMap<>();
        Map<String, Integer> numbers = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (value == JsonToken.VALUE_NUMBER_INT) {
                numbers.put(field, p.getIntValue());
            } else if (value == JsonToken.VALUE_STRING) {
                text.put(field, p.getText());
            } else {
                p.skipChildren();
            }
        }
        return new KeySlot(text.get("account"), text.get("kdf"), numbers.getOrDefault("memoryKiB", 0),
                numbers.getOrDefault("iterations", 0), numbers.getOrDefault("parallelism", 0), text.get("salt"),
                text.get("nonce"), text.get("wrappedKey"), numbers.getOrDefault("failedLogins", 0),
                text.get("lastFailureAt"));
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("Not a key-slot file: expected " + expected + ", found " + actual);
        }
    }

    static byte[] write(KeySlotFile.Contents contents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("format", contents.format());
            g.writeArrayFieldStart("slots");
            for (KeySlot s : contents.slots()) {
                g.writeStartObject();
                g.writeStringField("account", s.account());
                g.writeStringField("kdf", s.kdf());
                g.writeNumberField("memoryKiB", s.memoryKiB());
                g.writeNumberField("iterations", s.iterations());
                g.writeNumberField("parallelism", s.parallelism());
                g.writeStringField("salt", s.salt());
                g.writeStringField("nonce", s.nonce());
                g.writeStringField("wrappedKey", s.wrappedKey());
                g.writeNumberField("failedLogins", s.failedLogins());
                g.writeStringField("lastFailureAt", s.lastFailureAt());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return out.toByteArray();
    }
}
