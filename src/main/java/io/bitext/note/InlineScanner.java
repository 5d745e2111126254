package io.bitext.note;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the inline marks of one block's text: bold, italic, links and code from flexmark's tree, and
 * Obsidian's {@code ==highlight==}, which CommonMark does not know and is paired here by scanning
 * the text outside code spans.
 */
final class InlineScanner {

    private InlineScanner() {
    }

    static List<Inline> scan(SourceText source, Node paragraph, int base, int textStart, int textEnd) {
        List<Inline> inlines = new ArrayList<>();
        for (Node node : paragraph.getDescendants()) {
            Inline inline = toInline(source, node, base);
            if (inline != null && inline.span().offset() >= textStart && inline.span().end() <= textEnd) {
                inlines.add(inline);
            }
        }
        inlines.addAll(highlights(source, textStart, textEnd, inlines));
        inlines.sort(Comparator.comparingInt((Inline i) -> i.span().offset()).thenComparing(i -> -i.span().length()));
        return inlines;
    }

    private static Inline toInline(SourceText source, Node node, int base) {
        if (node instanceof StrongEmphasis strong) {
            return delimited(source, InlineKind.BOLD, node, strong.getText(), base, null);
        }
        if (node instanceof Emphasis emphasis) {
            return delimited(source, InlineKind.ITALIC, node, emphasis.getText(), base, null);
        }
        if (node instanceof Code code) {
            return delimited(source, InlineKind.CODE, node, code.getText(), base, null);
        }
        if (node instanceof Link link) {
            return delimited(source, InlineKind.LINK, node, link.getText(), base, link.getUrl().toString());
        }
        if (node instanceof AutoLink link) {
            return delimited(source, InlineKind.LINK, node, link.getText(), base, link.getUrl().toString());
        }
        return null;
    }

    private static Inline delimited(SourceText source, InlineKind kind, Node node, BasedSequence content,
                                    int base, String target) {
        int start = base + node.getStartOffset();
        int end = base + node.getEndOffset();
        int contentStart = content.isNull() ? start : base + content.getStartOffset();
        int contentEnd = content.isNull() ? start : base + content.getEndOffset();
        if (contentStart < start || contentEnd > end || contentEnd < contentStart) {
            return null;
        }
        return new Inline(kind, source.span(start, end), source.span(contentStart, contentEnd), target);
    }

    /** {@code ==…==} pairs, left to right, never inside a code span. */
    private static List<Inline> highlights(SourceText source, int from, int to, List<Inline> known) {
        List<Inline> found = new ArrayList<>();
        String text = source.text();
        int open = -1;
        for (int i = from; i + 1 < to; i++) {
            if (text.charAt(i) != '=' || text.charAt(i + 1) != '=' || insideCode(i, known)
                    || (i > from && text.charAt(i - 1) == '\\')) {
                continue;
            }
            if (open < 0) {
                open = i;
            } else if (i > open + 2) {
                found.add(new Inline(InlineKind.HIGHLIGHT, source.span(open, i + 2), source.span(open + 2, i), null));
                open = -1;
            }
            i++;
        }
        return found;
    }

    private static boolean insideCode(int offset, List<Inline> known) {
        for (Inline inline : known) {
            if (inline.kind() == InlineKind.CODE && inline.span().contains(offset)) {
                return true;
            }
        }
        return false;
    }
}
