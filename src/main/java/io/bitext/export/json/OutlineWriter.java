package io.bitext.export.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.bitext.outline.Outline;
import java.io.IOException;

/** A note's outline as JSON: one row per section. */
final class OutlineWriter {

    private OutlineWriter() {
    }

    static void outline(JsonGenerator g, Outline outline) throws IOException {
        g.writeStartObject();
        g.writeStringField("note", outline.note());
        g.writeStringField("title", outline.title());
        g.writeArrayFieldStart("sections");
        for (Outline.Row row : outline.sections()) {
            g.writeStartObject();
            g.writeNumberField("index", row.index());
            g.writeNumberField("line", row.line());
            g.writeStringField("timeRange", row.timeRange());
            g.writeStringField("title", row.title());
            g.writeStringField("part", row.part());
            PlaceWriter.strings(g, "speakers", row.speakers());
            g.writeNumberField("turns", row.turns());
            g.writeNumberField("characters", row.characters());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
