package io.bitext.export.json;

import static io.bitext.export.json.Fields.name;
import static io.bitext.export.json.Fields.put;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.bitext.report.CrossNoteReport;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** What differs between the notes of a run, as JSON: each variant named with the notes that write it. */
final class CrossNoteWriter {
    private static final SerializedString TERMS = name("terms");
    private static final SerializedString KIND = name("kind");
    private static final SerializedString ENGLISH = name("english");
    private static final SerializedString PREFERRED = name("preferred");
    private static final SerializedString VARIANTS = name("variants");

    private CrossNoteWriter() {
    }

    static void report(JsonGenerator g, CrossNoteReport report) throws IOException {
        g.writeStartObject();
        g.writeFieldName(TERMS);
        g.writeStartArray();
        for (CrossNoteReport.Divergence d : report.terms()) {
            g.writeStartObject();
            put(g, KIND, d.kind());
            put(g, ENGLISH, d.english());
            put(g, PREFERRED, d.preferred());
            g.writeFieldName(VARIANTS);
            if (d.variants() == null) {
                g.writeNull();
            } else {
                g.writeStartObject();
                for (Map.Entry<String, List<String>> variant : d.variants().entrySet()) {
                    g.writeFieldName(variant.getKey());
                    PlaceWriter.strings(g, variant.getValue());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
