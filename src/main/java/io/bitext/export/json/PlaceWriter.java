package io.bitext.export.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.bitext.note.Excerpt;
import io.bitext.note.Span;
import java.io.IOException;
import java.util.List;

/** Places in the note as JSON: an excerpt with its text, a bare span, lists of them. */
final class PlaceWriter {

    private PlaceWriter() {
    }

    /** {@code {"text", "offset", "length", "line", "column"}}, or null. */
    static void excerpt(JsonGenerator g, Excerpt at) throws IOException {
        if (at == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        excerptFields(g, at);
        g.writeEndObject();
    }

    /** The excerpt's fields inside an object already open (evidence of a place carries them unwrapped). */
    static void excerptFields(JsonGenerator g, Excerpt at) throws IOException {
        g.writeStringField("text", at.text());
        spanFields(g, at.span());
    }

    static void excerpts(JsonGenerator g, List<Excerpt> places) throws IOException {
        if (places == null) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        for (int i = 0, n = places.size(); i < n; i++) {
            excerpt(g, places.get(i));
        }
        g.writeEndArray();
    }

    /** {@code {"offset", "length", "line", "column"}}, or null. */
    static void span(JsonGenerator g, Span span) throws IOException {
        if (span == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        spanFields(g, span);
        g.writeEndObject();
    }

    private static void spanFields(JsonGenerator g, Span span) throws IOException {
        g.writeNumberField("offset", span.offset());
        g.writeNumberField("length", span.length());
        g.writeNumberField("line", span.line());
        g.writeNumberField("column", span.column());
    }

    /** An enum constant by its name, as databind writes it, or null. */
    static void name(JsonGenerator g, String field, Enum<?> value) throws IOException {
        g.writeStringField(field, value == null ? null : value.name());
    }

    static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeFieldName(field);
        if (values == null) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        for (int i = 0, n = values.size(); i < n; i++) {
            g.writeString(values.get(i));
        }
        g.writeEndArray();
    }
}
