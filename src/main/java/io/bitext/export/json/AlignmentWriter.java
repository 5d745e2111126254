package io.bitext.export.json;

import static io.bitext.export.json.PlaceWriter.excerpts;
import static io.bitext.export.json.PlaceWriter.name;

import com.fasterxml.jackson.core.JsonGenerator;
import io.bitext.align.AlignedTerm;
import io.bitext.align.Alignment;
import io.bitext.align.DocumentTerm;
import io.bitext.align.SectionAlignment;
import java.io.IOException;
import java.util.List;

/** An alignment as JSON: the section tables, the document table, then what they were built from. */
final class AlignmentWriter {

    private AlignmentWriter() {
    }

    static void alignment(JsonGenerator g, Alignment a) throws IOException {
        g.writeStartObject();
        g.writeStringField("note", a.note());
        g.writeStringField("title", a.title());
        g.writeArrayFieldStart("sections");
        List<SectionAlignment> sections = a.sections();
        for (int i = 0, n = sections.size(); i < n; i++) {
            section(g, sections.get(i));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("document");
        List<DocumentTerm> document = a.document();
        for (int i = 0, n = document.size(); i < n; i++) {
            documentTerm(g, document.get(i));
        }
        g.writeEndArray();
        g.writeFieldName("extraction");
        ExtractionWriter.extraction(g, a.extraction());
        g.writeEndObject();
    }

    static void section(JsonGenerator g, SectionAlignment s) throws IOException {
        g.writeStartObject();
        g.writeNumberField("index", s.index());
        g.writeStringField("title", s.title());
        g.writeStringField("timeRange", s.timeRange());
        g.writeStringField("part", s.part());
        g.writeNumberField("line", s.line());
        g.writeArrayFieldStart("terms");
        List<AlignedTerm> terms = s.terms();
        for (int i = 0, n = terms.size(); i < n; i++) {
            term(g, terms.get(i));
        }
        g.writeEndArray();
        g.writeFieldName("quotes");
        excerpts(g, s.quotes());
        g.writeEndObject();
    }

    private static void term(JsonGenerator g, AlignedTerm t) throws IOException {
        g.writeStartObject();
        g.writeStringField("english", t.english());
        g.writeStringField("rendering", t.rendering());
        name(g, "source", t.source());
        name(g, "pattern", t.pattern());
        g.writeNumberField("count", t.count());
        g.writeFieldName("places");
        excerpts(g, t.places());
        g.writeFieldName("renderingPlaces");
        excerpts(g, t.renderingPlaces());
        g.writeEndObject();
    }

    private static void documentTerm(JsonGenerator g, DocumentTerm t) throws IOException {
        g.writeStartObject();
        g.writeStringField("english", t.english());
        g.writeArrayFieldStart("forms");
        for (DocumentTerm.Form f : t.forms()) {
            g.writeStartObject();
            g.writeStringField("text", f.text());
            g.writeNumberField("count", f.count());
            g.writeFieldName("places");
            excerpts(g, f.places());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("renderings");
        for (DocumentTerm.Rendering r : t.renderings()) {
            rendering(g, r);
        }
        g.writeEndArray();
        g.writeNumberField("count", t.count());
        g.writeArrayFieldStart("sections");
        List<Integer> sections = t.sections();
        for (int i = 0, n = sections.size(); i < n; i++) {
            g.writeNumber(sections.get(i).intValue());
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The components, then the two derived flags databind found as {@code is} getters. */
    private static void rendering(JsonGenerator g, DocumentTerm.Rendering r) throws IOException {
        g.writeStartObject();
        g.writeStringField("text", r.text());
        name(g, "pattern", r.pattern());
        g.writeNumberField("count", r.count());
        g.writeNumberField("confidence", r.confidence());
        g.writeFieldName("places");
        excerpts(g, r.places());
        g.writeBooleanField("trusted", r.isTrusted());
        g.writeBooleanField("translation", r.isTranslation());
        g.writeEndObject();
    }
}
