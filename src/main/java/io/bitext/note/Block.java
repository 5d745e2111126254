package io.bitext.note;



import io.bitext.text.MappedText;
import java.util.List;

/**
 * One unit of a note's content: a paragraph, a list item, a speaker turn, a heading.
 *
 * @param index     position among all blocks of the note, from 0
 * @param kind      what the block is
 * @param span      the block's source lines, markers such as {@code - } or the label included
 * @param text      the translatable content: the span less list markers, labels and, for headings,
 *                  the time range; the rest of the span belongs to the skeleton
 * @param label     a turn's speaker label, a key point's label or a cover key; null otherwise
 * @param labelSpan where the label stands, markers and colon included; null without a label
 * @param speaker   who speaks, for {@link BlockKind#TURN}; null otherwise
 * @param inlines   the inline marks inside {@code text}, in source order (nested marks both listed)
 */
public record Block(int index, BlockKind kind, Span span, Span text, String label, Span labelSpan,
                    Speaker speaker, List<Inline> inlines) {

    public Block {
        inlines = List.copyOf(inlines);
    }

    /** The keys under which a cover names the note's title, in the order a cover prefers them; the one cover entry that is prose. */
    public static final List<String> TITLE_KEYS = List.of("标题", "Title", "title");

    public boolean isTurn() {
        return kind == BlockKind.TURN;
    }

    /** Whether this is the cover entry that holds the note's title. */
    public boolean isTitleEntry() {
        return kind == BlockKind.COVER_ENTRY && TITLE_KEYS.contains(label);
    }

    /**
     * Whether a reader reads the block as text: every block but verbatim ones (code, HTML, tables of
     * data) and cover entries, which hold dates, links and counts; the title among them is prose.
     */
    public boolean isProse() {
        return kind != BlockKind.VERBATIM && (kind != BlockKind.COVER_ENTRY || isTitleEntry());
    }

    /**
     * The block's text without markup ({@code **}, {@code ==}, link syntax, backticks), each
     * character mapped back to its source offset.
     */
    public MappedText plainText(SourceText source) {
        boolean[] markup = new boolean[text.length()];
        for (Inline inline : inlines) {
            markRange(markup, inline.span().offset(), inline.content().offset());
            markRange(markup, inline.content().end(), inline.span().end());
        }
        MappedText.Builder plain = new MappedText.Builder();
        String raw = source.text();
        for (int i = 0; i < markup.length; i++) {
            if (!markup[i]) {
                plain.append(raw.charAt(text.offset() + i), text.offset() + i);
            }
        }
        return plain.build();
    }

    private void markRange(boolean[] markup, int from, int to) {
        for (int o = Math.max(from, text.offset()); o < Math.min(to, text.end()); o++) {
            markup[o - text.offset()] = true;
        }
    }
}
