package io.bitext.export.json;

import static io.bitext.export.json.Fields.name;
import static io.bitext.export.json.Fields.put;
import static io.bitext.export.json.PlaceWriter.excerpts;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.bitext.align.AlignedTerm;
import io.bitext.align.Alignment;
import io.bitext.align.DocumentTerm;
import io.bitext.align.SectionAlignment;
import java.io.IOException;
import java.util.List;

/** An alignment as JSON: the section tables, the document table, then what they were built from. */
final class AlignmentWriter {
    private static final SerializedString NOTE = name("note");
    private static final SerializedString TITLE = name("title");
    private static final SerializedString SECTIONS = name("sections");
    private static final SerializedString DOCUMENT = name("document");
    private static final SerializedString EXTRACTION = name("extraction");
    private static final SerializedString INDEX = name("index");
    private static final SerializedString TIME_RANGE = name("timeRange");
    private static final SerializedString PART = name("part");
    private static final SerializedString LINE = name("line");
    private static final SerializedString TERMS = name("terms");
    private static final SerializedString QUOTES = name("quotes");
    private static final SerializedString ENGLISH = name("english");
    private static final SerializedString RENDERING = name("rendering");
    private static final SerializedString SOURCE = name("source");
    private static final SerializedString PATTERN = name("pattern");
    private static final SerializedString COUNT = name("count");
    private static final SerializedString PLACES = name("places");
    private static final SerializedString RENDERING_PLACES = name("renderingPlaces");
    private static final SerializedString FORMS = name("forms");
    private static final SerializedString TEXT = name("text");
    private static final SerializedString RENDERINGS = name("renderings");
    private static final SerializedString CONFIDENCE = name("confidence");
    private static final SerializedString TRUSTED = name("trusted");
    private static final SerializedString TRANSLATION = name("translation");

    private AlignmentWriter() {
    }

    static void alignment(JsonGenerator g, Alignment a) throws IOException {
        g.writeStartObject();
        put(g, NOTE, a.note());
        put(g, TITLE, a.title());
        g.writeFieldName(SECTIONS);
        g.writeStartArray();
        List<SectionAlignment> sections = a.sections();
        for (int i = 0, n = sections.size(); i < n; i++) {
            section(g, sections.get(i));
        }
        g.writeEndArray();
        g.writeFieldName(DOCUMENT);
        g.writeStartArray();
        List<DocumentTerm> document = a.document();
        for (int i = 0, n = document.size(); i < n; i++) {
            documentTerm(g, document.get(i));
        }
        g.writeEndArray();
        g.writeFieldName(EXTRACTION);
        ExtractionWriter.extraction(g, a.extraction());
        g.writeEndObject();
    }

    static void section(JsonGenerator g, SectionAlignment s) throws IOException {
        g.writeStartObject();
        put(g, INDEX, s.index());
        put(g, TITLE, s.title());
        put(g, TIME_RANGE, s.timeRange());
        put(g, PART, s.part());
        put(g, LINE, s.line());
        g.writeFieldName(TERMS);
        g.writeStartArray();
        List<AlignedTerm> terms = s.terms();
        for (int i = 0, n = terms.size(); i < n; i++) {
            term(g, terms.get(i));
        }
        g.writeEndArray();
        g.writeFieldName(QUOTES);
        excerpts(g, s.quotes());
        g.writeEndObject();
    }

    private static void term(JsonGenerator g, AlignedTerm t) throws IOException {
        g.writeStartObject();
        put(g, ENGLISH, t.english());
        put(g, RENDERING, t.rendering());
        put(g, SOURCE, t.source());
        put(g, PATTERN, t.pattern());
        put(g, COUNT, t.count());
        g.writeFieldName(PLACES);
        excerpts(g, t.places());
        g.writeFieldName(RENDERING_PLACES);
        excerpts(g, t.renderingPlaces());
        g.writeEndObject();
    }

    private static void documentTerm(JsonGenerator g, DocumentTerm t) throws IOException {
        g.writeStartObject();
        put(g, ENGLISH, t.english());
        g.writeFieldName(FORMS);
        g.writeStartArray();
        for (DocumentTerm.Form f : t.forms()) {
            g.writeStartObject();
            put(g, TEXT, f.text());
            put(g, COUNT, f.count());
            g.writeFieldName(PLACES);
            excerpts(g, f.places());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName(RENDERINGS);
        g.writeStartArray();
        for (DocumentTerm.Rendering r : t.renderings()) {
            rendering(g, r);
        }
        g.writeEndArray();
        put(g, COUNT, t.count());
        g.writeFieldName(SECTIONS);
        g.writeStartArray();
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
        put(g, TEXT, r.text());
        put(g, PATTERN, r.pattern());
        put(g, COUNT, r.count());
        put(g, CONFIDENCE, r.confidence());
        g.writeFieldName(PLACES);
        excerpts(g, r.places());
        put(g, TRUSTED, r.isTrusted());
        put(g, TRANSLATION, r.isTranslation());
        g.writeEndObject();
    }
}
