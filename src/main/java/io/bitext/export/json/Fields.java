package io.bitext.export.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;

/**
 * A field and its value in one call. Names are {@link SerializedString}s, made once: the generator
 * copies their encoded bytes instead of encoding the name again for each of the note's thousands of places.
 */
final class Fields {

    private Fields() {
    }

    static SerializedString name(String name) {
        return new SerializedString(name);
    }

    static void put(JsonGenerator g, SerializableString name, String value) throws IOException {
        g.writeFieldName(name);
        g.writeString(value);
    }

    static void put(JsonGenerator g, SerializableString name, int value) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(value);
    }

    static void put(JsonGenerator g, SerializableString name, double value) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(value);
    }

    static void put(JsonGenerator g, SerializableString name, boolean value) throws IOException {
        g.writeFieldName(name);
        g.writeBoolean(value);
    }

    /** An enum constant by its name, as databind writes it, or null. */
    static void put(JsonGenerator g, SerializableString name, Enum<?> value) throws IOException {
        g.writeFieldName(name);
        g.writeString(value == null ? null : value.name());
    }
}
