package io.bitext.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bitext.TestNotes;
import io.bitext.cli.Main;
import io.bitext.session.Setup;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language server driven through LSP4J's client side, on the seed and on small notes of its own. */
class LanguageServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Each place of each finding of {@code bitext check --format json}: rule, severity, line, text, message. */
    static List<String> checkJson(Path note) throws Exception {
        StringWriter out = new StringWriter();
        Main.execute(new String[] {"check", "--format", "json", note.toString()}, new PrintWriter(out), new PrintWriter(new StringWriter()));
        List<String> places = new ArrayList<>();
        for (JsonNode f : JSON.readTree(out.toString()).get("findings")) {
            List<JsonNode> at = new ArrayList<>();
            at.add(f.get("location"));
            f.get("also").forEach(at::add);
            for (JsonNode p : at) {
                places.add(String.join(" | ", f.get("rule").asText(), f.get("severity").asText().toLowerCase(Locale.ROOT),
                        p.get("line").asText(), p.get("text").asText(), f.get("message").asText()));
            }
        }
        return places;
    }

    /** The same for the diagnostics, the text read from the note at each diagnostic's range. */
    static List<String> described(List<Diagnostic> diagnostics, String text) {
        List<String> places = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            String severity = switch (d.getSeverity()) {
                case Error -> "error";
                case Warning -> "warning";
                default -> "info";
            };
            String at = text.substring(TestClient.offset(text, d.getRange().getStart()), TestClient.offset(text, d.getRange().getEnd()));
            places.add(String.join(" | ", d.getCode().getLeft(), severity, String.valueOf(d.getRange().getStart().getLine() + 1), at,
                    d.getMessage()));
        }
        return places;
    }

    @Test
    void diagnosticsOfTheSeedAreTheFindingsOfCheckJson() throws Exception {
        String text = TestNotes.seedText();
        String uri = TestClient.uri(TestNotes.SEED);
        try (TestClient client = new TestClient(Setup.defaults(), null)) {
            client.open(uri, text);
            List<Diagnostic> diagnostics = client.diagnostics(uri);
            List<String> expected = checkJson(TestNotes.SEED);
            assertTrue(expected.size() > 10, "the seed has findings: " + expected);
            assertEquals(expected, described(diagnostics, text));
            assertTrue(diagnostics.stream().allMatch(d -> "bitext".equals(d.getSource())));
        }
    }

    @Test
    void aQuickFixAppliesTheSafeReplacementAtEveryPlace() throws Exception {
        String text = TestNotes.seedText();
        String uri = TestClient.uri(TestNotes.SEED);
        try (TestClient client = new TestClient(Setup.defaults(), null)) {
            client.open(uri, text);
            List<Diagnostic> diagnostics = client.diagnostics(uri);
            Diagnostic codex = diagnostics.stream().filter(d -> described(List.of(d), text).get(0).contains("| CodeX |")).findFirst()
                    .orElseThrow(() -> new AssertionError("the seed's CodeX is flagged"));
            List<CodeAction> actions = actions(client, uri, codex);
            CodeAction fix = actions.stream().filter(a -> "quickfix".equals(a.getKind())).findFirst().orElseThrow();
            assertEquals("Replace ‘CodeX’ with ‘Codex’ (3 places)", fix.getTitle());
            String fixed = TestClient.apply(text, fix.getEdit().getChanges().get(uri));
            assertFalse(fixed.contains("CodeX"));
            assertEquals(text.replace("CodeX", "Codex"), fixed);

            client.change(uri, fixed);
            List<Diagnostic> after = client.diagnostics(uri);
            assertTrue(described(after, fixed).stream().noneMatch(d -> d.contains("CodeX")), "the finding is gone");
            assertEquals(checkJson(TestNotes.SEED).size() - 3, after.size());
        }
    }

    @Test
    void fixAllIsWhatBitextFixWrites(@TempDir Path dir) throws Exception {
        Path note = Files.copy(TestNotes.SEED, dir.resolve("seed.md"));
        String text = Files.readString(note);
        String uri = TestClient.uri(note);
        String fixed;
        try (TestClient client = new TestClient(Setup.defaults(), null)) {
            client.open(uri, text);
            Diagnostic any = client.diagnostics(uri).get(0);
            CodeAction all = actions(client, uri, any).stream().filter(a -> FixActions.FIX_ALL.equals(a.getTitle())).findFirst().orElseThrow();
            fixed = TestClient.apply(text, all.getEdit().getChanges().get(uri));
        }
        Main.execute(new String[] {"fix", "--no-backup", note.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertEquals(Files.readString(note), fixed);
        assertFalse(fixed.equals(text));
    }

    private static List<CodeAction> actions(TestClient client, String uri, Diagnostic diagnostic) throws Exception {
        CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(),
                new CodeActionContext(List.of(diagnostic)));
        return client.server.getTextDocumentService().codeAction(params).get().stream().map(e -> e.getRight()).toList();
    }

    @Test
    void hoverShowsTheGlossaryEntryAndTheNotesRenderings() throws Exception {
        String text = "## 全文\n### 话题（00:00:01 - 00:00:09）\n**Ann**：我们用 RLHF（基于人类反馈的强化学习）训练，再做 RLHF 和 reward model（奖励模型）。\n";
        String uri = "untitled:hover.md";
        try (TestClient client = new TestClient(Setup.defaults(), null)) {
            client.open(uri, text);
            client.diagnostics(uri);
            int offset = text.indexOf("reward model") + 3;
            Position at = new Position(2, offset - text.indexOf("**Ann**"));
            Hover hover = client.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), at)).get();
            assertNotNull(hover, "a glossary term has a hover");
            String shown = hover.getContents().getRight().getValue();
            assertTrue(shown.startsWith("**reward model** — 奖励模型"), shown);
            assertTrue(shown.contains("In this note: 1 use; rendered 奖励模型 ×1"), shown);
            Position plain = new Position(2, text.indexOf("我们") - text.indexOf("**Ann**"));
            assertEquals(null, client.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), plain)).get());
        }
    }

    @Test
    void bitextYamlBesideTheNoteIsHonoured(@TempDir Path dir) throws Exception {
        Path note = Files.copy(TestNotes.SEED, dir.resolve("seed.md"));
        Files.writeString(dir.resolve("bitext.yaml"), "rules:\n  glossary.forbidden: off\n  typography.spacing: error\n");
        String uri = TestClient.uri(note);
        try (TestClient client = new TestClient(Setup.defaults(), null)) {
            client.open(uri, Files.readString(note));
            List<String> shown = described(client.diagnostics(uri), Files.readString(note));
            assertEquals(checkJson(note), shown);
            assertTrue(shown.stream().noneMatch(d -> d.startsWith("glossary.forbidden ")), "the rule is off");
        }
    }

    @Test
    void aNoteRenderingATermOtherwiseThanTheFolderIsTold(@TempDir Path dir) throws Exception {
        String body = "## 全文\n### 话题（00:00:01 - 00:00:09）\n**Ann**：我们谈 policy（%s），它决定行动，policy（%s）很重要。\n";
        Files.writeString(dir.resolve("a.md"), body.formatted("策略", "策略"));
        Files.writeString(dir.resolve("b.md"), body.formatted("策略", "策略"));
        Path odd = dir.resolve("c.md");
        Files.writeString(odd, body.formatted("政策", "政策"));
        String uri = TestClient.uri(odd);
        try (TestClient client = new TestClient(Setup.defaults(), dir)) {
            client.open(uri, Files.readString(odd));
            List<Diagnostic> cross = client.diagnostics(uri, ds -> ds.stream().anyMatch(d -> WorkspaceNotes.RULE.equals(d.getCode().getLeft())))
                    .stream().filter(d -> WorkspaceNotes.RULE.equals(d.getCode().getLeft())).toList();
            assertEquals(2, cross.size(), cross.toString());
            assertTrue(cross.get(0).getMessage().contains("‘政策’ here; other notes of the folder use ‘策略’ (2 notes: a.md, b.md)"),
                    cross.get(0).getMessage());
        }
    }

    @Test
    void editsAreEditsOfTheText() {
        String text = "ab\ncd CodeX ef";
        var edit = new TextEdit(new org.eclipse.lsp4j.Range(new Position(1, 3), new Position(1, 8)), "Codex");
        assertEquals("ab\ncd Codex ef", TestClient.apply(text, List.of(edit)));
    }
}
