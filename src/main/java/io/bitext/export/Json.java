package io.bitext.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * JSON through databind, for what has no streamed form (SARIF, a transcript's alignment, stored
 * translations). The note's stages go through {@link io.bitext.export.json.StageJson}, which writes the
 * same text; both indent the way databind's {@code INDENT_OUTPUT} does.
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value).concat("\n"); // one copy: the JSON of a large note is large
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
