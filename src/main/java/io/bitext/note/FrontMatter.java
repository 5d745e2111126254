package io.bitext.note;

import java.util.Map;

/**
 * The metadata block between {@code ---} fences at the top of a note. Obsidian notes of this family
 * keep JSON there; YAML is read the same way (JSON is a subset of YAML's flow style).
 *
 * @param span    the whole block, fences included
 * @param content the text between the fences
 * @param values  the parsed mapping; empty when the content is not a mapping
 * @param error   why the content could not be parsed, or null
 */
public record FrontMatter(Span span, Span content, Map<String, Object> values, String error) {

    public FrontMatter {
        values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }

    public boolean isWellFormed() {
        return error == null;
    }
}
