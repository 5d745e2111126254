package io.bitext.xliff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.GeneratedNotes;
import io.bitext.TestNotes;
import io.bitext.glossary.Glossary;
import io.bitext.glossary.GlossaryMatcher;
import io.bitext.note.Block;
import io.bitext.note.Inline;
import io.bitext.note.Note;
import io.bitext.note.NoteReader;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Export then import gives the note back byte for byte; a pseudo-translation keeps its structure. */
class XliffRoundTripTest {
    static final GlossaryMatcher MATCHER = GlossaryMatcher.of(Glossary.load(Path.of("glossary")));

    /** Every unit's target set to its source, as a translator who changed nothing would send it back. */
    static Map<String, List<List<Part>>> targetsEqualToSources(Note note) {
        Map<String, List<List<Part>>> targets = new LinkedHashMap<>();
        Units.of(note).forEach(u -> targets.put(u.id(), u.segments()));
        return targets;
    }

    static Merge roundTrip(byte[] bytes, String name, String version, Map<String, List<List<Part>>> targets) {
        Note note = NoteReader.parse(name, bytes);
        byte[] xlf = XliffExport.write(note, bytes, MATCHER, version, "en", targets);
        return Merge.of(XliffReader.read(new ByteArrayInputStream(xlf), name + ".xlf"), name + ".xlf");
    }

    private static void assertByteIdentical(byte[] bytes, String name) {
        for (String version : List.of("1.2", "2.1")) {
            Note note = NoteReader.parse(name, bytes);
            Merge merge = roundTrip(bytes, name, version, targetsEqualToSources(note));
            assertEquals(List.of(), merge.errors(), name + " " + version);
            assertEquals(List.of(), merge.untranslated(), name + " " + version);
            assertArrayEquals(bytes, merge.bytes(), name + " (XLIFF " + version + ") changed in the round trip");
        }
    }

    @Test
    void seedRoundTripsByteForByte() throws Exception {
        assertByteIdentical(Files.readAllBytes(TestNotes.SEED), TestNotes.SEED.getFileName().toString());
    }

    @Test
    void corpusRoundTripsByteForByte() throws Exception {
        for (Path note : TestNotes.corpus()) {
            assertByteIdentical(Files.readAllBytes(note), note.getFileName().toString());
        }
    }

    @Test
    void crossingMarksRoundTripInBothVersions() {
        String text = "## 全文\n### 话题\n**Ann**：**==**==高亮== 与 **粗体**\n";
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertByteIdentical(bytes, "crossing.md");
        Note note = NoteReader.parse("crossing.md", bytes);
        String v21 = new String(XliffExport.write(note, bytes, MATCHER, "2.1", "en"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(v21.contains("<sc id=\"1\"") && v21.contains("<ec startRef=\"1\""), "crossing pairs are written as sc/ec: " + v21);
        try {
            XliffValidityTest.validate(XliffValidityTest.schema("net/sf/okapi/lib/xliff2/modules/glossary.xsd",
                    "net/sf/okapi/lib/xliff2/xliff_core_2.0.xsd"), v21.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError("sc/ec must validate: " + e.getMessage(), e);
        }
    }

    @Test
    void untranslatedUnitsKeepTheirSource() throws Exception {
        byte[] bytes = Files.readAllBytes(TestNotes.SEED);
        Merge merge = roundTrip(bytes, "seed.txt", "1.2", Map.of());
        assertArrayEquals(bytes, merge.bytes());
        assertEquals(Units.of(NoteReader.parse("seed.txt", bytes)).size(), merge.untranslated().size());
    }

    @Property(tries = 150)
    void generatedNotesRoundTrip(@ForAll("notes") String text) {
        Note note;
        try {
            note = NoteReader.parse("generated.md", text);
        } catch (io.bitext.error.BitextException refused) {
            return;
        }
        byte[] bytes = note.renderBytes();
        for (String version : List.of("1.2", "2.1")) {
            Merge merge = roundTrip(bytes, "generated.md", version, targetsEqualToSources(note));
            assertEquals(List.of(), merge.errors());
            assertEquals(text, merge.text(), version);
        }
    }

    @Provide
    Arbitrary<String> notes() {
        return GeneratedNotes.notes();
    }

    @Test
    void pseudoTranslationKeepsTheMarkdownStructure() throws Exception {
        for (Path path : List.of(TestNotes.SEED)) {
            byte[] bytes = Files.readAllBytes(path);
            Note source = NoteReader.parse("n.md", bytes);
            for (String version : List.of("1.2", "2.1")) {
                Merge merge = roundTrip(bytes, "n.md", version, PseudoTranslation.of(Units.of(source)));
                assertEquals(List.of(), merge.errors());
                Note merged = NoteReader.parse("n.md", merge.text());
                assertNotEquals(source.text(), merged.text());
                assertEquals(structure(source), structure(merged), version);
                assertTrue(merged.text().contains("推推理理"), "the text was translated");
            }
        }
    }

    /**
     * Headings (level, time range), block kinds, speakers and inline marks, block by block. A cover
     * entry counts as the list item it is: the reader knows the cover by its Chinese title (封面), which a
     * translation translates.
     */
    static List<String> structure(Note note) {
        return note.blocks().stream().map(b -> (b.kind() == io.bitext.note.BlockKind.COVER_ENTRY ? io.bitext.note.BlockKind.LIST_ITEM
                        : keyPoint(b) ? io.bitext.note.BlockKind.KEY_POINT : b.kind()) + "|" + heading(note, b) + "|"
                        + (b.speaker() == null || keyPoint(b) ? "" : b.speaker().label())
                + "|" + b.inlines().stream().map(Inline::kind).map(Enum::name).toList()
                + "|" + b.inlines().stream().filter(i -> i.target() != null).map(Inline::target).toList()).toList();
    }

    /**
     * The reader knows key points by their labels ({@code 加粗要点}, {@code Key point}); a pseudo-translated
     * label ({@code 加加粗粗要要点点}) reads as a speaker's, and is a key point all the same.
     */
    private static boolean keyPoint(Block block) {
        return block.kind() == io.bitext.note.BlockKind.KEY_POINT || block.speaker() != null
                && io.bitext.note.ReaderOptions.defaults().keyPointLabels().stream().map(PseudoTranslation::doubled)
                .anyMatch(block.speaker().label()::equals);
    }

    private static String heading(Note note, Block block) {
        if (block.kind() != io.bitext.note.BlockKind.HEADING) {
            return "";
        }
        String line = note.source().lineText(block.span().line());
        return line.substring(0, line.indexOf(' ')) + note.sections().stream().filter(s -> s.heading() == block)
                .map(s -> String.valueOf(s.timeRange() == null ? "" : s.timeRange().display())).findFirst().orElse("");
    }

    @Test
    void unitIdsAreStableAndSegmentsCutAtSentences() throws Exception {
        byte[] bytes = Files.readAllBytes(TestNotes.SEED);
        Note note = NoteReader.parse("seed.txt", bytes);
        assertArrayEquals(XliffExport.write(note, bytes, MATCHER, "1.2", "en"),
                XliffExport.write(NoteReader.parse("seed.txt", bytes), bytes, MATCHER, "1.2", "en"));
        List<Unit> units = Units.of(note);
        Unit turn = units.stream().filter(u -> u.id().equals("b23")).findFirst().orElseThrow();
        assertEquals(4, turn.segments().size());
        assertEquals("Jared Faraic（Jerry）", turn.speaker());
        assertEquals("什么是 reasoning（推理）", turn.sectionTitle());
        for (Unit unit : units) {
            for (List<Part> segment : unit.segments()) {
                long opens = segment.stream().filter(p -> p instanceof Code c && c.role() == Code.Role.OPEN).count();
                long closes = segment.stream().filter(p -> p instanceof Code c && c.role() == Code.Role.CLOSE).count();
                assertEquals(opens, closes, "no segment splits a pair of codes in " + unit.id());
            }
        }
    }
}
