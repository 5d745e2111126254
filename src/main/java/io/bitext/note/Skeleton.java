package io.bitext.note;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The note cut into pieces that are either skeleton (markup, labels, time ranges, front matter: kept
 * as they are) or a block's translatable text. Rendering the pieces gives the note back; rendering
 * them with replacements for some blocks' texts gives the merged note, with every other character
 * unchanged. This is what makes fixes and XLIFF merges safe.
 */
public final class Skeleton {

    /**
     * One piece of the note.
     *
     * @param block the block whose text this is, or -1 for skeleton
     */
    public record Piece(int block, Span span, String text) {
        public boolean isText() {
            return block >= 0;
        }
    }

    private final List<Piece> pieces;

    private Skeleton(List<Piece> pieces) {
        this.pieces = List.copyOf(pieces);
    }

    static Skeleton of(Note note) {
        SourceText source = note.source();
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (Block block : note.blocks()) {
            Span text = block.text();
            if (text.length() == 0) {
                continue;
            }
            checkAfter(block, at);
            if (text.offset() > at) {
                pieces.add(new Piece(-1, source.span(at, text.offset()), source.text().substring(at, text.offset())));
            }
            pieces.add(new Piece(block.index(), text, source.cut(text)));
            at = text.end();
        }
        if (at < source.length()) {
            pieces.add(new Piece(-1, source.span(at, source.length()), source.text().substring(at)));
        }
        return new Skeleton(pieces);
    }

    /**
     * The source, checked as {@link #of} checks it (the blocks' texts in order, none overlapping) but
     * not cut: the pieces of such a skeleton are the source cut in order, so rendering them without
     * replacements gives it back.
     */
    static String checkedSource(Note note) {
        int at = 0;
        for (Block block : note.blocks()) {
            if (block.text().length() > 0) {
                checkAfter(block, at);
                at = block.text().end();
            }
        }
        return note.text();
    }

    private static void checkAfter(Block block, int at) {
        if (block.text().offset() < at) {
            throw new IllegalStateException("block " + block.index() + " at " + block.text().location()
                    + " overlaps the text before it");
        }
    }

    public List<Piece> pieces() {
        return pieces;
    }

    public String render() {
        return render(Map.of());
    }

    /** The note with the text of each block in {@code replacements} (by block index) replaced. */
    public String render(Map<Integer, String> replacements) {
        StringBuilder out = new StringBuilder();
        for (Piece piece : pieces) {
            out.append(piece.isText() ? replacements.getOrDefault(piece.block(), piece.text()) : piece.text());
        }
        return out.toString();
    }
}
