package io.bitext.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.bitext.error.BitextException;
import io.bitext.glossary.CsvGlossary;
import io.bitext.glossary.TsvGlossary;
import io.bitext.note.Note;
import io.bitext.note.NoteReader;
import io.bitext.term.Extraction;
import io.bitext.term.TermExtractor;
import io.bitext.term.TermOccurrence;
import io.bitext.xliff.Merge;
import io.bitext.xliff.XliffReader;
import java.io.ByteArrayInputStream;

/**
 * Fuzz targets for every parser of user input. In the regular test run (regression mode) each replays
 * the inputs under {@code src/test/resources/io/bitext/hardening/ParserFuzzTestInputs/<target>/}; with
 * {@code mvn -Pfuzz test -Dtest=ParserFuzzTest#<target>} Jazzer explores for the configured time. Any
 * exception other than the user-error {@link BitextException} is a failure, and so is a broken promise
 * (a note that does not render back to its text, a span that does not cut its own text).
 */
class ParserFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void noteReader(byte[] data) {
        Note note;
        try {
            note = NoteReader.parse("fuzz.md", data);
        } catch (BitextException refused) {
            return;
        }
        assertEquals(note.text(), note.render());
    }

    @FuzzTest(maxDuration = "2m")
    void termExtractor(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        Note note;
        try {
            note = NoteReader.parse("fuzz.md", text);
        } catch (BitextException refused) {
            return;
        }
        Extraction found = TermExtractor.extract(note);
        for (TermOccurrence o : found.occurrences()) {
            assertEquals(o.english(), o.englishSpan().cut(note.text()));
            if (o.renderingSpan() != null) {
                assertEquals(o.rendering(), o.renderingSpan().cut(note.text()));
            }
        }
    }

    @FuzzTest(maxDuration = "2m")
    void glossaryReader(FuzzedDataProvider data) {
        boolean csv = data.consumeBoolean();
        String text = data.consumeRemainingAsString();
        try {
            if (csv) {
                CsvGlossary.parse(text, "fuzz.csv");
            } else {
                TsvGlossary.parse(text, "fuzz.tsv");
            }
        } catch (BitextException refused) {
            // a clear message for the user: what the glossary reader must do with bad rows
        }
    }

    @FuzzTest(maxDuration = "2m")
    void xliffImporter(byte[] data) {
        try {
            Merge.of(XliffReader.read(new ByteArrayInputStream(data), "fuzz.xlf"), "fuzz.xlf");
        } catch (BitextException refused) {
            // refused with a message: truncated, not XLIFF, a DOCTYPE, a skeleton that is no note
        }
    }

    /**
     * The pieces a note repeats: rules, list and quote markers, marks, link openers, headings, turns,
     * glosses, fences, setext underlines and lists nested by indentation.
     */
    private static final String[] SHAPES = {"-", "- ", "*", "> ", "> - ", "  ", "- x\n", "**", "==", "`", "[", "](",
        "### h\n", "**Ann**：x\n", "Ann：x\n", "推理（reasoning）", "\n", "\n\n", "```", "~~~\n", "===\n", "---\n",
        "  - x\n", "1. x\n   "};

    /**
     * Notes made of the shapes above, each repeated up to thousands of times: the reader recursed as
     * deep as such runs, and took the square of their length. Refusal is allowed, a crash is not.
     */
    @FuzzTest(maxDuration = "2m")
    void markdownShapes(FuzzedDataProvider data) {
        StringBuilder text = new StringBuilder("## 全文\n### 话题\n");
        while (data.remainingBytes() > 2 && text.length() < 20_000) {
            String shape = SHAPES[data.consumeInt(0, SHAPES.length - 1)];
            text.append(shape.repeat(data.consumeInt(1, 2_000)));
        }
        Note note;
        try {
            note = NoteReader.parse("fuzz.md", text.toString());
        } catch (BitextException refused) {
            return;
        }
        assertEquals(note.text(), note.render());
        TermExtractor.extract(note);
    }
}
