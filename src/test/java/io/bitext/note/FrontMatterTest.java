package io.bitext.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Front matter as JSON, as YAML, as YAML's flow style that looks like JSON, and broken. */
class FrontMatterTest {

    private static FrontMatter frontMatter(String fenced) {
        return NoteReader.parse("n.md", "---\n" + fenced + "\n---\n\n正文\n").frontMatter();
    }

    @Test
    void jsonKeepsOrderNestingAndNumberKinds() {
        FrontMatter fm = frontMatter("{\"title\": \"推理\", \"tags\": [\"a\", 2, 1.5, true, null], \"n\": 12345678901, \"x\": {\"y\": false}}");
        assertTrue(fm.isWellFormed());
        assertEquals(List.of("title", "tags", "n", "x"), List.copyOf(fm.values().keySet()));
        assertEquals("推理", fm.values().get("title"));
        assertEquals(java.util.Arrays.asList("a", 2, 1.5, true, null), fm.values().get("tags"));
        assertEquals(12345678901L, fm.values().get("n"));
        assertEquals(Map.of("y", false), fm.values().get("x"));
    }

    @Test
    void theTitleIsLookedForOnlyWhereTheTextCouldSpellIt() {
        assertFalse(frontMatter("{\"permalink\": \"/a/\"}").mayHave("title"));
        assertTrue(frontMatter("{\"\\u0074itle\": \"转义\"}").mayHave("title"));
        assertEquals("转义", NoteReader.parse("n.md", "---\n{\"\\u0074itle\": \"转义\"}\n---\n\n正文\n").title());
        assertEquals("推理", NoteReader.parse("n.md", "---\ntitle: 推理\n---\n\n正文\n").title());
        assertEquals("n.md", NoteReader.parse("n.md", "---\n{\"permalink\": \"/a/\"}\n---\n\n正文\n").title());
    }

    @Test
    void yamlFlowStyleThatIsNotJsonFallsBackToYaml() {
        FrontMatter fm = frontMatter("{a: 1, b: [x, y]}");
        assertTrue(fm.isWellFormed());
        assertEquals(1, fm.values().get("a"));
        assertEquals(List.of("x", "y"), fm.values().get("b"));
    }

    @Test
    void yamlKeysBecomeStrings() {
        FrontMatter fm = frontMatter("title: 推理\n2025: year\n");
        assertTrue(fm.isWellFormed());
        assertEquals("year", fm.values().get("2025"));
    }

    @Test
    void brokenJsonAndYamlIsReportedAndKept() {
        FrontMatter fm = frontMatter("{\"title\": [unclosed");
        assertFalse(fm.isWellFormed());
        assertTrue(fm.error().startsWith("front matter is not valid YAML or JSON"), fm.error());
    }

    @Test
    void aListIsNotAMapping() {
        FrontMatter fm = frontMatter("- a\n- b");
        assertFalse(fm.isWellFormed());
        assertEquals("front matter is not a key/value mapping", fm.error());
    }

    @Test
    void parsedWhenAskedOnAnyThreadAndNestingTooDeepIsAnErrorNotACrash() throws Exception {
        String deep = "{\"a\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        FrontMatter fm = frontMatter(deep); // read on the reader's deep stack; parsed below on a small one
        assertEquals(4, fm.content().offset()); // after "---\n"
        String[] error = new String[1];
        Throwable[] escaped = new Throwable[1];
        Thread small = new Thread(null, () -> {
            try {
                error[0] = fm.error();
            } catch (Throwable t) {
                escaped[0] = t;
            }
        }, "small", 256 * 1024);
        small.start();
        small.join();
        assertEquals(null, escaped[0]);
        // Jackson's depth limit or the thread's stack, whichever comes first: an error either way
        assertTrue(error[0] != null && (error[0].startsWith("front matter is not valid YAML or JSON")
                || error[0].equals("front matter is nested too deeply to be read")), String.valueOf(error[0]));
        assertEquals(Map.of(), fm.values());
    }
}
