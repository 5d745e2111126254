package io.bitext.export.json;

import static io.bitext.export.json.Fields.name;
import static io.bitext.export.json.Fields.put;
import static io.bitext.export.json.PlaceWriter.excerpt;
import static io.bitext.export.json.PlaceWriter.excerpts;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.bitext.check.CheckResult;
import io.bitext.check.Evidence;
import io.bitext.check.Finding;
import io.bitext.check.Replacement;
import java.io.IOException;
import java.util.List;

/** A check's findings as JSON: the fields of {@link Finding} and its evidence, in their declared order. */
final class CheckWriter {
    private static final SerializedString NOTE = name("note");
    private static final SerializedString FINDINGS = name("findings");
    private static final SerializedString RULE = name("rule");
    private static final SerializedString SEVERITY = name("severity");
    private static final SerializedString CATEGORY = name("category");
    private static final SerializedString MESSAGE = name("message");
    private static final SerializedString LOCATION = name("location");
    private static final SerializedString ALSO = name("also");
    private static final SerializedString SECTION = name("section");
    private static final SerializedString SECTION_TITLE = name("sectionTitle");
    private static final SerializedString TIME_RANGE = name("timeRange");
    private static final SerializedString EVIDENCE = name("evidence");
    private static final SerializedString CONFIDENCE = name("confidence");
    private static final SerializedString REPLACEMENTS = name("replacements");
    private static final SerializedString TEXT = name("text");
    private static final SerializedString SAFE = name("safe");
    private static final SerializedString KIND = name("kind");
    private static final SerializedString SUMMARY = name("summary");
    private static final SerializedString ID = name("id");
    private static final SerializedString FORM = name("form");
    private static final SerializedString SOURCE = name("source");
    private static final SerializedString WORD = name("word");
    private static final SerializedString RANK = name("rank");
    private static final SerializedString COMMON = name("common");
    private static final SerializedString ENGLISH = name("english");
    private static final SerializedString TRANSCRIPT = name("transcript");
    private static final SerializedString TRANSCRIPT_LINE = name("transcriptLine");
    private static final SerializedString TIME = name("time");
    private static final SerializedString NOTES = name("notes");

    private CheckWriter() {
    }

    static void result(JsonGenerator g, CheckResult result) throws IOException {
        g.writeStartObject();
        put(g, NOTE, result.note());
        g.writeFieldName(FINDINGS);
        g.writeStartArray();
        List<Finding> findings = result.findings();
        for (int i = 0, n = findings.size(); i < n; i++) {
            finding(g, findings.get(i));
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void finding(JsonGenerator g, Finding f) throws IOException {
        g.writeStartObject();
        put(g, RULE, f.rule());
        put(g, SEVERITY, f.severity());
        put(g, CATEGORY, f.category());
        put(g, MESSAGE, f.message());
        g.writeFieldName(LOCATION);
        excerpt(g, f.location());
        g.writeFieldName(ALSO);
        excerpts(g, f.also());
        put(g, SECTION, f.section());
        put(g, SECTION_TITLE, f.sectionTitle());
        put(g, TIME_RANGE, f.timeRange());
        g.writeFieldName(EVIDENCE);
        g.writeStartArray();
        for (Evidence e : f.evidence()) {
            evidence(g, e);
        }
        g.writeEndArray();
        g.writeFieldName(CONFIDENCE);
        if (f.confidence() == null) {
            g.writeNull();
        } else {
            g.writeNumber(f.confidence().doubleValue());
        }
        g.writeFieldName(REPLACEMENTS);
        g.writeStartArray();
        for (Replacement r : f.replacements()) {
            g.writeStartObject();
            put(g, TEXT, r.text());
            put(g, SAFE, r.safe());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Every kind starts with {@code kind} and {@code summary}, then its own fields. */
    private static void evidence(JsonGenerator g, Evidence e) throws IOException {
        g.writeStartObject();
        put(g, KIND, e.kind());
        put(g, SUMMARY, e.summary());
        if (e instanceof Evidence.Place p) {
            PlaceWriter.excerptFields(g, p.at());
        } else if (e instanceof Evidence.Catalog c) {
            put(g, ID, c.id());
            put(g, FORM, c.form());
            put(g, NOTE, c.note());
            put(g, SOURCE, c.source());
        } else if (e instanceof Evidence.Word w) {
            put(g, WORD, w.word());
            put(g, RANK, w.rank());
            put(g, COMMON, w.common());
        } else if (e instanceof Evidence.Original o) {
            put(g, ENGLISH, o.english());
            put(g, TRANSCRIPT, o.transcript());
            put(g, TRANSCRIPT_LINE, o.transcriptLine());
            put(g, TIME, o.time());
        } else if (e instanceof Evidence.OtherNotes o) {
            g.writeFieldName(NOTES);
            PlaceWriter.strings(g, o.notes());
        } else {
            throw new IllegalArgumentException("no JSON form for evidence " + e.getClass().getName());
        }
        g.writeEndObject();
    }
}
