package io.bitext.note;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks flexmark's syntax tree of a note body and reports, in source order, the headings and the
 * paragraphs (with the container they stand in). Everything else (code, HTML, rules) is left out and
 * so stays in the skeleton verbatim.
 *
 * <p>This is the only class that sees flexmark's block types; the model stays independent of them.
 */
final class MarkdownScanner {

    /** Where a paragraph stands. */
    enum Container { TOP, LIST_ITEM, QUOTE }

    /** A heading or a paragraph, with offsets into the whole note. */
    record Item(boolean heading, int level, int start, int end, int textStart, int textEnd,
                Container container, Node node) {
    }

    private static final Parser PARSER = GuardedBlockStarts.parser();

    private MarkdownScanner() {
    }

    /** Items of {@code body}, which starts at {@code base} in the note. */
    static List<Item> scan(String body, int base) {
        Node document = PARSER.parse(LinkOpeners.bound(ThematicBreaks.mask(body)));
        List<Item> items = new ArrayList<>();
        walk(document, base, items);
        return items;
    }

    /**
     * Depth first, in source order, with a stack of its own: a note may nest quotes and lists
     * thousands of levels deep, and a recursive walk would need a frame per level.
     */
    private static void walk(Node root, int base, List<Item> items) {
        ArrayDeque<Node> pending = new ArrayDeque<>();
        pushChildren(root, pending);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof Heading heading) {
                var text = heading.getText();
                int textStart = text.isNull() ? heading.getEndOffset() : text.getStartOffset();
                int textEnd = text.isNull() ? heading.getEndOffset() : text.getEndOffset();
                items.add(new Item(true, heading.getLevel(), base + heading.getStartOffset(),
                        base + trimEnd(heading), base + textStart, base + textEnd, Container.TOP, heading));
            } else if (node instanceof Paragraph paragraph) {
                items.add(paragraphItem(paragraph, base));
            } else {
                pushChildren(node, pending);
            }
        }
    }

    /** The children of {@code parent}, pushed so that the first is popped first. */
    private static void pushChildren(Node parent, ArrayDeque<Node> pending) {
        for (Node child = parent.getLastChild(); child != null; child = child.getPrevious()) {
            pending.push(child);
        }
    }

    private static Item paragraphItem(Paragraph paragraph, int base) {
        Container container = containerOf(paragraph);
        boolean firstOfItem = container == Container.LIST_ITEM && paragraph.getPrevious() == null;
        int start = firstOfItem ? paragraph.getParent().getStartOffset() : paragraph.getStartOffset();
        return new Item(false, 0, base + start, base + trimEnd(paragraph),
                base + paragraph.getStartOffset(), base + trimEnd(paragraph),
                firstOfItem ? Container.LIST_ITEM : container == Container.LIST_ITEM ? Container.TOP : container,
                paragraph);
    }

    private static Container containerOf(Node node) {
        Node parent = node.getParent();
        if (parent instanceof ListItem) {
            return Container.LIST_ITEM;
        }
        if (parent instanceof BlockQuote) {
            return Container.QUOTE;
        }
        return Container.TOP;
    }

    /** End offset without the trailing line break flexmark includes in block nodes. */
    private static int trimEnd(Node node) {
        var chars = node.getChars();
        int end = node.getEndOffset();
        int i = chars.length();
        while (i > 0 && (chars.charAt(i - 1) == '\n' || chars.charAt(i - 1) == '\r')) {
            i--;
            end--;
        }
        return end;
    }
}
