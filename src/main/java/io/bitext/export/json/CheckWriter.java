package io.bitext.export.json;

import static io.bitext.export.json.PlaceWriter.excerpt;
import static io.bitext.export.json.PlaceWriter.excerpts;
import static io.bitext.export.json.PlaceWriter.name;

import com.fasterxml.jackson.core.JsonGenerator;
import io.bitext.check.CheckResult;
import io.bitext.check.Evidence;
import io.bitext.check.Finding;
import io.bitext.check.Replacement;
import java.io.IOException;
import java.util.List;

/** A check's findings as JSON: the fields of {@link Finding} and its evidence, in their declared order. */
final class CheckWriter {

    private CheckWriter() {
    }

    static void result(JsonGenerator g, CheckResult result) throws IOException {
        g.writeStartObject();
        g.writeStringField("note", result.note());
        g.writeArrayFieldStart("findings");
        List<Finding> findings = result.findings();
        for (int i = 0, n = findings.size(); i < n; i++) {
            finding(g, findings.get(i));
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void finding(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", f.rule());
        name(g, "severity", f.severity());
        name(g, "category", f.category());
        g.writeStringField("message", f.message());
        g.writeFieldName("location");
        excerpt(g, f.location());
        g.writeFieldName("also");
        excerpts(g, f.also());
        g.writeNumberField("section", f.section());
        g.writeStringField("sectionTitle", f.sectionTitle());
        g.writeStringField("timeRange", f.timeRange());
        g.writeArrayFieldStart("evidence");
        for (Evidence e : f.evidence()) {
            evidence(g, e);
        }
        g.writeEndArray();
        g.writeFieldName("confidence");
        if (f.confidence() == null) {
            g.writeNull();
        } else {
            g.writeNumber(f.confidence().doubleValue());
        }
        g.writeArrayFieldStart("replacements");
        for (Replacement r : f.replacements()) {
            g.writeStartObject();
            g.writeStringField("text", r.text());
            g.writeBooleanField("safe", r.safe());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Every kind starts with {@code kind} and {@code summary}, then its own fields. */
    private static void evidence(JsonGenerator g, Evidence e) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", e.kind());
        g.writeStringField("summary", e.summary());
        if (e instanceof Evidence.Place p) {
            PlaceWriter.excerptFields(g, p.at());
        } else if (e instanceof Evidence.Catalog c) {
            g.writeStringField("id", c.id());
            g.writeStringField("form", c.form());
            g.writeStringField("note", c.note());
            g.writeStringField("source", c.source());
        } else if (e instanceof Evidence.Word w) {
            g.writeStringField("word", w.word());
            g.writeNumberField("rank", w.rank());
            g.writeBooleanField("common", w.common());
        } else if (e instanceof Evidence.Original o) {
            g.writeStringField("english", o.english());
            g.writeStringField("transcript", o.transcript());
            g.writeNumberField("transcriptLine", o.transcriptLine());
            g.writeStringField("time", o.time());
        } else if (e instanceof Evidence.OtherNotes o) {
            PlaceWriter.strings(g, "notes", o.notes());
        } else {
            throw new IllegalArgumentException("no JSON form for evidence " + e.getClass().getName());
        }
        g.writeEndObject();
    }
}
