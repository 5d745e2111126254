package io.bitext.note;

/**
 * One inline mark of a block.
 *
 * @param kind    what the mark does
 * @param span    the whole mark, markers included: {@code **bold**}
 * @param content the marked text without its markers: {@code bold}
 * @param target  the link's destination for {@link InlineKind#LINK}, otherwise null
 */
public record Inline(InlineKind kind, Span span, Span content, String target) {

    /** The markup characters before the content: {@code **}, {@code [}. */
    public int openLength() {
        return content.offset() - span.offset();
    }

    /** The markup characters after the content: {@code **}, {@code ](url)}. */
    public int closeLength() {
        return span.end() - content.end();
    }
}
