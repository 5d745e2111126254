package io.bitext.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.bitext.TestNotes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The guarded heading and fence parsers build exactly the tree flexmark's own parsers build. */
class GuardedBlockStartsTest {
    private static final Parser STOCK = Parser.builder(new MutableDataSet()).build();
    private static final Parser GUARDED = GuardedBlockStarts.parser();

    /** Every node as its type, offsets and (for headings and fences) what it holds, in document order. */
    private static List<String> tree(Parser parser, String text) {
        List<String> nodes = new ArrayList<>();
        ArrayDeque<Node> pending = new ArrayDeque<>();
        pending.push(parser.parse(text));
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            String detail = node instanceof Heading h ? " h" + h.getLevel() + " '" + h.getText() + "'"
                    : node instanceof FencedCodeBlock f ? " info '" + f.getInfo() + "' closing '" + f.getClosingMarker() + "'" : "";
            nodes.add(node.getClass().getSimpleName() + "[" + node.getStartOffset() + "," + node.getEndOffset() + "]" + detail);
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                pending.push(child);
            }
        }
        return nodes;
    }

    private static void assertSameTree(String name, String text) {
        assertEquals(tree(STOCK, text), tree(GUARDED, text), name);
    }

    @Test
    void headingsAndFencesOfEveryShapeParseAsFlexmarkParsesThem() {
        String[] shapes = {
            "# h\n", "#h\n", "####### seven\n", "#\n", "###### six #\n", "  ## indented\n", "    # code\n", "#\tTab\n",
            "Title\n===\n", "Title\n---\n", "Title\n  ===  \n", "Title\n= =\n", "Title\n-- -\n", "**A**：x\n---\n",
            "- - -\n", "***\n", "a\n***\n", "para\n#tag\n#not\n# real\n", "- item\n  ---\n", "- item\n---\n",
            "> # quoted\n> text\n> ===\n", "- # in a list\n", "1. x\n   ```\n   code\n   ```\n",
            "```\ncode\n```\n", "```java\nx\n```\n", "~~~ info\nx\n~~~\n", "``` a ` b\nx\n", "````\n```\n````\n",
            "text ```not a fence```\n", "para\n```\nfence interrupts\n```\n", "> ```\n> q\n> ```\n", "``\n", "~~\n",
            "  ```\n  indented fence\n  ```\n", "    ```\n    code\n", "Title\r\n===\r\n# h\r\n```\r\nx\r\n```\r\n",
            "**A**：one\n**B**：two\n==\n", "x\n-\n", "x\n=\n", "- a\n-\n", "> - > - ```\n", "=== \n", "---\n",
        };
        for (String shape : shapes) {
            assertSameTree(shape, shape);
            assertSameTree("after a paragraph: " + shape, "Some words\n" + shape);
            assertSameTree("in a quote: " + shape, "> " + shape.replace("\n", "\n> "));
        }
    }

    @Test
    void theSeedAndTheCorpusParseAsFlexmarkParsesThem() throws IOException {
        assertSameTree(TestNotes.SEED.toString(), TestNotes.seedText());
        for (Path note : TestNotes.corpus()) {
            assertSameTree(note.toString(), Files.readString(note));
        }
    }

    @Test
    void theGuardsLetThroughEveryLineThatOpensTheirBlock() {
        assertTrue(GuardedBlockStarts.canStartHeading("### h"));
        assertTrue(GuardedBlockStarts.canStartHeading("#"));
        assertTrue(GuardedBlockStarts.canStartHeading("---  "));
        assertTrue(GuardedBlockStarts.canStartHeading("==="));
        assertFalse(GuardedBlockStarts.canStartHeading("#tag"));
        assertFalse(GuardedBlockStarts.canStartHeading("####### seven"));
        assertFalse(GuardedBlockStarts.canStartHeading("**A**：x"));
        assertFalse(GuardedBlockStarts.canStartHeading("-=-"));
        assertTrue(GuardedBlockStarts.canStartFence("```java"));
        assertTrue(GuardedBlockStarts.canStartFence("~~~"));
        assertFalse(GuardedBlockStarts.canStartFence("``"));
        assertFalse(GuardedBlockStarts.canStartFence("> - ```"));
    }
}
