package io.bitext.export.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bitext.TestNotes;
import io.bitext.align.Alignment;
import io.bitext.align.SectionAlignment;
import io.bitext.check.Category;
import io.bitext.check.CheckResult;
import io.bitext.check.Evidence;
import io.bitext.check.Finding;
import io.bitext.check.Replacement;
import io.bitext.check.Severity;
import io.bitext.export.Json;
import io.bitext.note.Excerpt;
import io.bitext.note.Span;
import io.bitext.report.CrossNoteReport;
import io.bitext.session.Session;
import io.bitext.session.Setup;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streamed JSON of the stages is, byte for byte, what databind writes for the same records with
 * {@code INDENT_OUTPUT} ({@link Json#write}): real notes, and records carrying every kind of evidence,
 * nulls and characters outside the BMP.
 */
class StageJsonTest {
    private static final String NOTE = "## 全文\n### 开场（00:00:01 - 00:00:20）\n**Ann**：Meta 开源了 Llama 3.l 模型 🚀。\n"
            + "### 训练（00:00:21 - 00:00:40）\n**Ann**：我们换成了 GPT-4.0 来跑评测。\n";
    private static final String TRANSCRIPT = "1\n00:00:02,000 --> 00:00:06,000\nMeta released Llama 3.1 today.\n\n"
            + "2\n00:00:22,000 --> 00:00:30,000\nWe switched to GPT-4o for the evals.\n";

    @TempDir
    Path dir;

    /** Both ways of writing: bytes for a file, characters into a writer. */
    private static void assertSameAsDatabind(Object value) {
        String expected = Json.write(value);
        assertEquals(expected, new String(StageJson.bytes(value), StandardCharsets.UTF_8));
        StringWriter out = new StringWriter();
        StageJson.write(value, out);
        assertEquals(expected, out.toString());
    }

    private static void assertStagesSameAsDatabind(Session session) {
        assertSameAsDatabind(session.outline());
        assertSameAsDatabind(session.check());
        Alignment alignment = session.alignment();
        assertSameAsDatabind(alignment);
        for (SectionAlignment section : alignment.sections()) {
            assertSameAsDatabind(section);
        }
    }

    @Test
    void theSeedsStagesAreWhatDatabindWrites() {
        assertStagesSameAsDatabind(Setup.defaults().open(TestNotes.SEED));
    }

    @Test
    void theCorpusStagesAreWhatDatabindWrites() {
        List<Object> checks = new ArrayList<>();
        List<Object> outlines = new ArrayList<>();
        for (Path note : TestNotes.corpus()) {
            Session session = Setup.defaults().open(note);
            assertStagesSameAsDatabind(session);
            checks.add(session.check());
            outlines.add(session.outline());
        }
        assertSameAsDatabind(checks);
        assertSameAsDatabind(outlines);
    }

    @Test
    void aTranscriptsEvidenceAndAnEmojiAreWhatDatabindWrites() throws Exception {
        Path note = Files.writeString(dir.resolve("n.md"), NOTE);
        Path english = Files.writeString(dir.resolve("n.srt"), TRANSCRIPT);
        Session session = Setup.builder().transcript(english).build().open(note);
        assertStagesSameAsDatabind(session);
        assertSameAsDatabind(List.of(session.alignment(), session.alignment().sections().get(0)));
    }

    @Test
    void everyKindOfEvidenceAndEveryNullAreWhatDatabindWrites() {
        Excerpt rocket = new Excerpt("🚀 Llama", new Span(4, 8, 2, 3));
        List<Evidence> evidence = List.of(new Evidence.Catalog("llama", "Llama 3.1", "Meta's model", ""),
                Evidence.place(Evidence.Role.TITLE, rocket), Evidence.place(Evidence.Role.CONTEXT, rocket),
                new Evidence.Original("Llama 3.1", "n.srt", 3, null), new Evidence.Original("GPT-4o", "n.srt", 7, "00:00:22"),
                new Evidence.OtherNotes(List.of("a.md", "b.md")), new Evidence.Word("llama", 4120, false),
                new Evidence.Word("the", 0, true));
        Finding full = new Finding("asr.letter-digit", Severity.WARNING, Category.ASR, "‘3.l’ \"quoted\"\t\\ 😀", rocket,
                List.of(rocket, rocket), 2, "训练", "00:00:21 - 00:00:40", evidence, 0.8125,
                List.of(Replacement.safe("Llama 3.1"), Replacement.review("Llama 3")));
        Finding bare = new Finding("names.near-miss", Severity.INFO, Category.NAMES, "m", null, List.of(), 0, null, null,
                List.of(), null, List.of());
        assertSameAsDatabind(new CheckResult("n.md", List.of(full, bare)));
        assertSameAsDatabind(new CheckResult("empty.md", List.of()));
        assertSameAsDatabind(List.of());
    }

    @Test
    void aRunsCrossNoteReportIsWhatDatabindWrites() {
        Map<String, List<String>> variants = new LinkedHashMap<>();
        variants.put("策略", List.of("a.md", "b.md"));
        variants.put("政策", List.of("c.md"));
        assertSameAsDatabind(new CrossNoteReport(List.of(
                new CrossNoteReport.Divergence("rendering", "policy", "策略", variants),
                new CrossNoteReport.Divergence("near-miss", "OpenAI", null, Map.of()))));
        assertSameAsDatabind(new CrossNoteReport(List.of()));
    }

    @Test
    void theWriterIsLeftOpenForWhatFollows() {
        StringWriter out = new StringWriter();
        StageJson.write(new CheckResult("a.md", List.of()), out);
        out.write("after");
        assertEquals(Json.write(new CheckResult("a.md", List.of())) + "after", out.toString());
    }
}
