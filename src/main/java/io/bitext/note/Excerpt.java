package io.bitext.note;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Characters of the note at a {@link Span}: what a finding points at, where a term is used, a piece of
 * evidence. The span is the one position type of the model; an excerpt only adds the text found there,
 * so that reports and JSON can quote it without the source at hand.
 *
 * <pre>{@code
 * Excerpt at = Excerpt.of(note.source(), start, end);
 * System.out.println(at.position() + " " + at.text());   // 37:45 0.1
 * }</pre>
 */
@JsonPropertyOrder({"text", "offset", "length", "line", "column"})
public record Excerpt(String text, @JsonIgnore Span span) {

    public Excerpt {
        if (text == null || span == null) {
            throw new IllegalArgumentException("an excerpt needs its text and its span");
        }
    }

    /** The characters {@code start} to {@code end} of {@code source}, with their span. */
    public static Excerpt of(SourceText source, int start, int end) {
        Span span = source.span(start, end);
        return new Excerpt(source.cut(span), span);
    }

    /** The text at {@code span} of {@code source}. */
    public static Excerpt of(SourceText source, Span span) {
        return new Excerpt(source.cut(span), span);
    }

    @JsonProperty
    public int offset() {
        return span.offset();
    }

    @JsonProperty
    public int length() {
        return span.length();
    }

    @JsonProperty
    public int line() {
        return span.line();
    }

    @JsonProperty
    public int column() {
        return span.column();
    }

    @JsonIgnore
    public int end() {
        return span.end();
    }

    /** {@code line:column}, the way compilers and editors print a location. */
    @JsonIgnore
    public String position() {
        return span.location();
    }
}
