package io.bitext.export.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.bitext.align.Alignment;
import io.bitext.align.SectionAlignment;
import io.bitext.check.CheckResult;
import io.bitext.outline.Outline;
import io.bitext.report.CrossNoteReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * The note's stages as JSON (outline, alignment, check, and a run's cross-note report), streamed
 * through Jackson's generator with its default pretty printer: the same text databind writes for these
 * records with {@code INDENT_OUTPUT}, field for field, without databind's introspection of every
 * record at start-up and its reflective call per field. A list of them is a JSON array. A field added
 * to one of these records is added to its writer here too; {@code StageJsonTest} holds the two to the
 * same bytes.
 *
 * <pre>{@code
 * byte[] json = StageJson.bytes(session.check());       // UTF-8, ending in a line break
 * StageJson.write(List.of(outline, other), writer);    // straight into a writer
 * }</pre>
 */
public final class StageJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            // a surrogate pair as one 4-byte character, as String.getBytes writes it, not as two escapes
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET) // the caller's writer stays open
            .build();
    /** Databind's pretty printer for {@code INDENT_OUTPUT}, its separators encoded once; a copy a document. */
    private static final EncodedPrettyPrinter PRINTER = new EncodedPrettyPrinter();
    /** The JSON of a note runs to hundreds of kilobytes: fewer, larger blocks to join. */
    private static final int FIRST_BLOCK = 16 * 1024;

    private StageJson() {
    }

    /** The value as UTF-8 JSON with a final line break. */
    public static byte[] bytes(Object value) {
        ByteArrayBuilder out = new ByteArrayBuilder(FIRST_BLOCK);
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            document(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The value as JSON with a final line break, into {@code out}, which is flushed and left open. */
    public static void write(Object value, Writer out) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            document(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void document(JsonGenerator g, Object value) throws IOException {
        g.setPrettyPrinter(PRINTER.createInstance());
        value(g, value);
        g.writeRaw('\n');
    }

    private static void value(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof CheckResult result) {
            CheckWriter.result(g, result);
        } else if (value instanceof Alignment alignment) {
            AlignmentWriter.alignment(g, alignment);
        } else if (value instanceof SectionAlignment section) {
            AlignmentWriter.section(g, section);
        } else if (value instanceof Outline outline) {
            OutlineWriter.outline(g, outline);
        } else if (value instanceof CrossNoteReport report) {
            CrossNoteWriter.report(g, report);
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object element : list) {
                value(g, element);
            }
            g.writeEndArray();
        } else {
            throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
        }
    }
}
