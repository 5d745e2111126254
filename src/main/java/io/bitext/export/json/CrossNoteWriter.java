package io.bitext.export.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.bitext.report.CrossNoteReport;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** What differs between the notes of a run, as JSON: each variant named with the notes that write it. */
final class CrossNoteWriter {

    private CrossNoteWriter() {
    }

    static void report(JsonGenerator g, CrossNoteReport report) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("terms");
        for (CrossNoteReport.Divergence d : report.terms()) {
            g.writeStartObject();
            g.writeStringField("kind", d.kind());
            g.writeStringField("english", d.english());
            g.writeStringField("preferred", d.preferred());
            g.writeFieldName("variants");
            if (d.variants() == null) {
                g.writeNull();
            } else {
                g.writeStartObject();
                for (Map.Entry<String, List<String>> variant : d.variants().entrySet()) {
                    PlaceWriter.strings(g, variant.getKey(), variant.getValue());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
