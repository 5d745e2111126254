package io.bitext.export.json;

import static io.bitext.export.json.Fields.name;
import static io.bitext.export.json.Fields.put;
import static io.bitext.export.json.PlaceWriter.span;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.bitext.term.AsrNote;
import io.bitext.term.Extraction;
import io.bitext.term.NonGloss;
import io.bitext.term.TermOccurrence;
import java.io.IOException;
import java.util.List;

/** What an alignment was built from, as JSON: every occurrence, the non-glosses, the ASR remarks. */
final class ExtractionWriter {
    private static final SerializedString OCCURRENCES = name("occurrences");
    private static final SerializedString NON_GLOSSES = name("nonGlosses");
    private static final SerializedString KIND = name("kind");
    private static final SerializedString SPAN = name("span");
    private static final SerializedString TEXT = name("text");
    private static final SerializedString ASR_NOTES = name("asrNotes");
    private static final SerializedString TERM = name("term");
    private static final SerializedString MISHEARD = name("misheard");
    private static final SerializedString TERM_SPAN = name("termSpan");
    private static final SerializedString NOTE_SPAN = name("noteSpan");
    private static final SerializedString ENGLISH = name("english");
    private static final SerializedString NORMALIZED = name("normalized");
    private static final SerializedString RENDERING = name("rendering");
    private static final SerializedString PATTERN = name("pattern");
    private static final SerializedString CONFIDENCE = name("confidence");
    private static final SerializedString ENGLISH_SPAN = name("englishSpan");
    private static final SerializedString RENDERING_SPAN = name("renderingSpan");
    private static final SerializedString BLOCK = name("block");
    private static final SerializedString SECTION = name("section");
    private static final SerializedString PAIR = name("pair");

    private ExtractionWriter() {
    }

    static void extraction(JsonGenerator g, Extraction e) throws IOException {
        if (e == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeFieldName(OCCURRENCES);
        g.writeStartArray();
        List<TermOccurrence> occurrences = e.occurrences();
        for (int i = 0, n = occurrences.size(); i < n; i++) {
            occurrence(g, occurrences.get(i));
        }
        g.writeEndArray();
        g.writeFieldName(NON_GLOSSES);
        g.writeStartArray();
        for (NonGloss ng : e.nonGlosses()) {
            g.writeStartObject();
            put(g, KIND, ng.kind());
            g.writeFieldName(SPAN);
            span(g, ng.span());
            put(g, TEXT, ng.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName(ASR_NOTES);
        g.writeStartArray();
        for (AsrNote note : e.asrNotes()) {
            g.writeStartObject();
            put(g, KIND, note.kind());
            put(g, TERM, note.term());
            put(g, MISHEARD, note.misheard());
            g.writeFieldName(TERM_SPAN);
            span(g, note.termSpan());
            g.writeFieldName(NOTE_SPAN);
            span(g, note.noteSpan());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The components, then the two derived flags databind found as {@code is} getters. */
    private static void occurrence(JsonGenerator g, TermOccurrence o) throws IOException {
        g.writeStartObject();
        put(g, ENGLISH, o.english());
        put(g, NORMALIZED, o.normalized());
        put(g, RENDERING, o.rendering());
        put(g, PATTERN, o.pattern());
        put(g, CONFIDENCE, o.confidence());
        g.writeFieldName(ENGLISH_SPAN);
        span(g, o.englishSpan());
        g.writeFieldName(RENDERING_SPAN);
        span(g, o.renderingSpan());
        put(g, BLOCK, o.block());
        put(g, SECTION, o.section());
        put(g, PAIR, o.isPair());
        put(g, TERM, o.isTerm());
        g.writeEndObject();
    }
}
