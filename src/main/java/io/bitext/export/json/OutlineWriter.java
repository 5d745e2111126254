package io.bitext.export.json;

import static io.bitext.export.json.Fields.name;
import static io.bitext.export.json.Fields.put;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.bitext.outline.Outline;
import java.io.IOException;

/** A note's outline as JSON: one row per section. */
final class OutlineWriter {
    private static final SerializedString NOTE = name("note");
    private static final SerializedString TITLE = name("title");
    private static final SerializedString SECTIONS = name("sections");
    private static final SerializedString INDEX = name("index");
    private static final SerializedString LINE = name("line");
    private static final SerializedString TIME_RANGE = name("timeRange");
    private static final SerializedString PART = name("part");
    private static final SerializedString SPEAKERS = name("speakers");
    private static final SerializedString TURNS = name("turns");
    private static final SerializedString CHARACTERS = name("characters");

    private OutlineWriter() {
    }

    static void outline(JsonGenerator g, Outline outline) throws IOException {
        g.writeStartObject();
        put(g, NOTE, outline.note());
        put(g, TITLE, outline.title());
        g.writeFieldName(SECTIONS);
        g.writeStartArray();
        for (Outline.Row row : outline.sections()) {
            g.writeStartObject();
            put(g, INDEX, row.index());
            put(g, LINE, row.line());
            put(g, TIME_RANGE, row.timeRange());
            put(g, TITLE, row.title());
            put(g, PART, row.part());
            g.writeFieldName(SPEAKERS);
            PlaceWriter.strings(g, row.speakers());
            put(g, TURNS, row.turns());
            put(g, CHARACTERS, row.characters());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
