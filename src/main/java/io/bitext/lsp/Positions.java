package io.bitext.lsp;

import io.bitext.note.Excerpt;
import io.bitext.note.SourceText;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Offsets of a note's text as the protocol counts them: 0-based lines and UTF-16 code units within
 * the line, which is how Java strings count, so an offset converts without looking at the characters.
 */
final class Positions {
    private final SourceText source;

    Positions(SourceText source) {
        this.source = source;
    }

    Position at(int offset) {
        int line = source.lineOf(offset);
        return new Position(line - 1, offset - source.lineStart(line));
    }

    Range of(Excerpt excerpt) {
        return new Range(at(excerpt.offset()), at(excerpt.end()));
    }

    /** The offset of a position, clamped to the text: a client may point past a line's end. */
    int offset(Position position) {
        int line = Math.min(Math.max(position.getLine() + 1, 1), source.lineCount());
        int start = source.lineStart(line);
        int end = line < source.lineCount() ? source.lineStart(line + 1) : source.length();
        return Math.min(start + Math.max(position.getCharacter(), 0), end);
    }
}
