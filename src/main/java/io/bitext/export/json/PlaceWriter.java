package io.bitext.export.json;

import static io.bitext.export.json.Fields.name;
import static io.bitext.export.json.Fields.put;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.bitext.note.Excerpt;
import io.bitext.note.Span;
import java.io.IOException;
import java.util.List;

/** Places in the note as JSON: an excerpt with its text, a bare span, lists of them. */
final class PlaceWriter {
    private static final SerializedString TEXT = name("text");
    private static final SerializedString OFFSET = name("offset");
    private static final SerializedString LENGTH = name("length");
    private static final SerializedString LINE = name("line");
    private static final SerializedString COLUMN = name("column");

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
        put(g, TEXT, at.text());
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
        put(g, OFFSET, span.offset());
        put(g, LENGTH, span.length());
        put(g, LINE, span.line());
        put(g, COLUMN, span.column());
    }

    /** A list of strings as an array, or null. */
    static void strings(JsonGenerator g, List<String> values) throws IOException {
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
