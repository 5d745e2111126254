package io.bitext.export.json;

import static io.bitext.export.json.PlaceWriter.name;
import static io.bitext.export.json.PlaceWriter.span;

import com.fasterxml.jackson.core.JsonGenerator;
import io.bitext.term.AsrNote;
import io.bitext.term.Extraction;
import io.bitext.term.NonGloss;
import io.bitext.term.TermOccurrence;
import java.io.IOException;
import java.util.List;

/** What an alignment was built from, as JSON: every occurrence, the non-glosses, the ASR remarks. */
final class ExtractionWriter {

    private ExtractionWriter() {
    }

    static void extraction(JsonGenerator g, Extraction e) throws IOException {
        if (e == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeArrayFieldStart("occurrences");
        List<TermOccurrence> occurrences = e.occurrences();
        for (int i = 0, n = occurrences.size(); i < n; i++) {
            occurrence(g, occurrences.get(i));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("nonGlosses");
        for (NonGloss ng : e.nonGlosses()) {
            g.writeStartObject();
            name(g, "kind", ng.kind());
            g.writeFieldName("span");
            span(g, ng.span());
            g.writeStringField("text", ng.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("asrNotes");
        for (AsrNote note : e.asrNotes()) {
            g.writeStartObject();
            name(g, "kind", note.kind());
            g.writeStringField("term", note.term());
            g.writeStringField("misheard", note.misheard());
            g.writeFieldName("termSpan");
            span(g, note.termSpan());
            g.writeFieldName("noteSpan");
            span(g, note.noteSpan());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The components, then the two derived flags databind found as {@code is} getters. */
    private static void occurrence(JsonGenerator g, TermOccurrence o) throws IOException {
        g.writeStartObject();
        g.writeStringField("english", o.english());
        g.writeStringField("normalized", o.normalized());
        g.writeStringField("rendering", o.rendering());
        name(g, "pattern", o.pattern());
        g.writeNumberField("confidence", o.confidence());
        g.writeFieldName("englishSpan");
        span(g, o.englishSpan());
        g.writeFieldName("renderingSpan");
        span(g, o.renderingSpan());
        g.writeNumberField("block", o.block());
        g.writeNumberField("section", o.section());
        g.writeBooleanField("pair", o.isPair());
        g.writeBooleanField("term", o.isTerm());
        g.writeEndObject();
    }
}
