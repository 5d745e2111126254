package io.bitext.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.TestNotes;
import io.bitext.note.Note;
import io.bitext.note.NoteReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filterwriter.XLIFFWriter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.markdown.MarkdownFilter;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/**
 * The same seed through Okapi's Markdown filter and XLIFF writer, the incumbent flow, beside ours:
 * what it leaves unprotected or merges, and what we do instead.
 */
class OkapiMarkdownComparisonTest {
    private static final LocaleId ZH = LocaleId.fromString("zh-CN");

    private static List<ITextUnit> okapiUnits(String text, boolean metadata) {
        List<ITextUnit> units = new ArrayList<>();
        try (MarkdownFilter filter = new MarkdownFilter()) {
            filter.getParameters().setTranslateHeaderMetadata(metadata);
            filter.open(new RawDocument(text, ZH, LocaleId.ENGLISH));
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit()) {
                    units.add(event.getTextUnit());
                }
            }
        }
        return units;
    }

    private static byte[] okapiXliff(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MarkdownFilter filter = new MarkdownFilter(); XLIFFWriter writer = new XLIFFWriter()) {
            writer.setOptions(LocaleId.ENGLISH, "UTF-8");
            writer.setOutput(out);
            filter.open(new RawDocument(text, ZH, LocaleId.ENGLISH));
            while (filter.hasNext()) {
                writer.handleEvent(filter.next());
            }
        }
        return out.toByteArray();
    }

    @Test
    void okapiLeavesHighlightsAsTextAndMergesTurnsWhereWeProtectAndSplit() throws Exception {
        String seed = TestNotes.seedText();
        List<ITextUnit> okapi = okapiUnits(seed, false);
        Note note = NoteReader.parse("seed.txt", seed);
        List<Unit> ours = Units.of(note);
        boolean okapiHighlightAsText = okapi.stream().anyMatch(u -> u.getSource().getUnSegmentedContentCopy().getText().contains("=="));
        boolean oursHighlightAsText = ours.stream().anyMatch(u -> XliffValidityTest.plain(u.segments()).contains("=="));
        System.out.printf("Okapi Markdown filter: %d units, ==highlight== left as text: %s; Bitext: %d units, as text: %s%n",
                okapi.size(), okapiHighlightAsText, ours.size(), oursHighlightAsText);
        assertTrue(okapiHighlightAsText, "the incumbent leaves == unprotected");
        assertFalse(oursHighlightAsText);
        long turns = note.blocks().stream().filter(b -> b.isTurn()).count();
        assertTrue(ours.stream().filter(u -> u.kind().equals("turn")).count() == turns, "one unit per turn");
        assertTrue(okapi.size() < ours.size(), "the incumbent makes fewer, merged units: " + okapi.size() + " vs " + ours.size());
    }

    @Test
    void okapisXliffFailsTheStrictSchemaWhereOursPasses() throws Exception {
        var strict = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(new StreamSource(
                getClass().getClassLoader().getResource("net/sf/okapi/lib/verification/xliff-core-1.2-strict.xsd").toString()));
        byte[] theirs = okapiXliff(TestNotes.seedText());
        assertThrows(SAXException.class, () -> strict.newValidator().validate(new StreamSource(new ByteArrayInputStream(theirs))));
        byte[] bytes = Files.readAllBytes(TestNotes.SEED);
        byte[] ours = XliffExport.write(NoteReader.parse("seed.txt", bytes), bytes, XliffRoundTripTest.MATCHER, "1.2", "en");
        strict.newValidator().validate(new StreamSource(new ByteArrayInputStream(ours)));
    }

    @Test
    void frontMatterWithArraysIsSkeletonForUs() {
        String note = "---\ntitle: 标题\ntags: [a, b]\nauthors:\n  - x\n  - y\n---\n## 全文\n### 话题\n**Ann**：你好 reasoning（推理）\n";
        boolean okapiFailed;
        try {
            okapiUnits(note, true);
            okapiFailed = false;
        } catch (RuntimeException e) {
            okapiFailed = true;
        }
        System.out.println("Okapi Markdown filter with header metadata on a front matter with arrays: "
                + (okapiFailed ? "fails" : "reads it"));
        Merge merge = XliffRoundTripTest.roundTrip(note.getBytes(StandardCharsets.UTF_8), "fm.md", "1.2",
                XliffRoundTripTest.targetsEqualToSources(NoteReader.parse("fm.md", note)));
        assertEquals(note, merge.text());
    }
}
