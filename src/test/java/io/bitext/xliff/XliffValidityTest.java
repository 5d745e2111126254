package io.bitext.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.TestNotes;
import io.bitext.note.Note;
import io.bitext.note.NoteReader;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/** What we write validates against the OASIS schemas, and Okapi's readers see what we meant. */
class XliffValidityTest {

    private static byte[] seedXliff(String version, boolean pseudo) throws Exception {
        byte[] bytes = Files.readAllBytes(TestNotes.SEED);
        Note note = NoteReader.parse(TestNotes.SEED.getFileName().toString(), bytes);
        return XliffExport.write(note, bytes, XliffRoundTripTest.MATCHER, version, "en",
                pseudo ? PseudoTranslation.of(Units.of(note)) : Map.of());
    }

    private static List<byte[]> everyXliff(String version) throws Exception {
        List<byte[]> files = new ArrayList<>(List.of(seedXliff(version, false), seedXliff(version, true)));
        if (Files.isDirectory(TestNotes.CORPUS)) {
            for (Path path : TestNotes.corpus()) {
                byte[] bytes = Files.readAllBytes(path);
                Note note = NoteReader.parse(path.getFileName().toString(), bytes);
                files.add(XliffExport.write(note, bytes, XliffRoundTripTest.MATCHER, version, "en", PseudoTranslation.of(Units.of(note))));
            }
        }
        return files;
    }

    /** Every kind of export of a note: targets copied from the source, none, a pseudo-translation. */
    private static Map<String, byte[]> exports(Path path, String version) throws Exception {
        byte[] bytes = Files.readAllBytes(path);
        Note note = NoteReader.parse(path.getFileName().toString(), bytes);
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("default", XliffExport.write(note, bytes, XliffRoundTripTest.MATCHER, version, "en"));
        files.put("no target copies", XliffExport.write(note, bytes, XliffRoundTripTest.MATCHER, version, "en", Map.of(), false));
        files.put("pseudo", XliffExport.write(note, bytes, XliffRoundTripTest.MATCHER, version, "en", PseudoTranslation.of(Units.of(note))));
        return files;
    }

    private static List<Path> everyNote() {
        List<Path> notes = new ArrayList<>(List.of(TestNotes.SEED));
        if (Files.isDirectory(TestNotes.CORPUS)) {
            notes.addAll(TestNotes.corpus());
        }
        return notes;
    }

    @Test
    void okapisReadersReadEveryExportOfEveryNote() throws Exception {
        Schema strict = schema("net/sf/okapi/lib/verification/xliff-core-1.2-strict.xsd");
        for (Path path : everyNote()) {
            List<Unit> units = Units.of(NoteReader.parse("n.md", Files.readAllBytes(path)));
            for (var export : exports(path, "1.2").entrySet()) {
                String what = path.getFileName() + " (1.2, " + export.getKey() + ")";
                validate(strict, export.getValue());
                List<ITextUnit> read = new ArrayList<>();
                try (XLIFFFilter filter = new XLIFFFilter()) {
                    filter.open(new RawDocument(new ByteArrayInputStream(export.getValue()), "UTF-8", LocaleId.fromString("zh-CN"), LocaleId.ENGLISH));
                    while (filter.hasNext()) {
                        Event event = filter.next();
                        if (event.isTextUnit()) {
                            read.add(event.getTextUnit());
                        }
                    }
                }
                assertEquals(units.stream().map(Unit::id).toList(), read.stream().map(ITextUnit::getId).toList(), what);
                for (int i = 0; i < units.size(); i++) {
                    assertEquals(plain(units.get(i).segments()), read.get(i).getSource().getUnSegmentedContentCopy().getText(), what);
                    boolean copies = export.getKey().equals("default");
                    if (copies) {
                        assertEquals(plain(units.get(i).segments()), read.get(i).getTarget(LocaleId.ENGLISH).getUnSegmentedContentCopy().getText(), what);
                    }
                }
            }
            for (var export : exports(path, "2.1").entrySet()) {
                int n = 0;
                try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL)) {
                    reader.open(new ByteArrayInputStream(export.getValue()));
                    while (reader.hasNext()) {
                        n += reader.next().isUnit() ? 1 : 0;
                    }
                }
                assertEquals(units.size(), n, path.getFileName() + " (2.1, " + export.getKey() + ")");
            }
        }
    }

    static Schema schema(String... resources) throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Source[] sources = new Source[resources.length];
        for (int i = 0; i < resources.length; i++) {
            URL url = XliffValidityTest.class.getClassLoader().getResource(resources[i]);
            sources[i] = new StreamSource(url.toString());
        }
        return factory.newSchema(sources);
    }

    static void validate(Schema schema, byte[] xml) throws Exception {
        Validator validator = schema.newValidator();
        validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    @Test
    void xliff12IsValidAgainstTheStrictSchema() throws Exception {
        Schema strict = schema("net/sf/okapi/lib/verification/xliff-core-1.2-strict.xsd");
        for (byte[] xlf : everyXliff("1.2")) {
            validate(strict, xlf);
        }
        String broken = new String(seedXliff("1.2", false), StandardCharsets.UTF_8).replace("ctype=\"bold\"", "ctype=\"heavy\"");
        assertThrows(SAXException.class, () -> validate(strict, broken.getBytes(StandardCharsets.UTF_8)), "the schema can fail");
    }

    @Test
    void xliff21IsValidAgainstTheCoreAndGlossarySchemas() throws Exception {
        Schema core = schema("net/sf/okapi/lib/xliff2/modules/glossary.xsd", "net/sf/okapi/lib/xliff2/xliff_core_2.0.xsd");
        for (byte[] xlf : everyXliff("2.1")) {
            validate(core, xlf);
        }
        String broken = new String(seedXliff("2.1", false), StandardCharsets.UTF_8).replace("<gls:translation>", "<gls:translatio>")
                .replace("</gls:translation>", "</gls:translatio>");
        assertThrows(SAXException.class, () -> validate(core, broken.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void okapisXliff12FilterSeesOurUnitsSourcesAndTargets() throws Exception {
        byte[] bytes = Files.readAllBytes(TestNotes.SEED);
        Note note = NoteReader.parse("seed.txt", bytes);
        List<Unit> units = Units.of(note);
        Map<String, List<List<Part>>> pseudo = PseudoTranslation.of(units);
        byte[] xlf = XliffExport.write(note, bytes, XliffRoundTripTest.MATCHER, "1.2", "en", pseudo);
        List<ITextUnit> read = new ArrayList<>();
        try (XLIFFFilter filter = new XLIFFFilter()) {
            filter.open(new RawDocument(new ByteArrayInputStream(xlf), "UTF-8", LocaleId.fromString("zh-CN"), LocaleId.ENGLISH));
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit()) {
                    read.add(event.getTextUnit());
                }
            }
        }
        assertEquals(units.size(), read.size());
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            ITextUnit tu = read.get(i);
            assertEquals(unit.id(), tu.getId());
            assertEquals(plain(unit.segments()), tu.getSource().getUnSegmentedContentCopy().getText(), unit.id());
            assertEquals(plain(pseudo.get(unit.id())), tu.getTarget(LocaleId.ENGLISH).getUnSegmentedContentCopy().getText(), unit.id());
            assertEquals(unit.segments().size(), tu.getSource().getSegments().count(), unit.id());
            // Okapi adds codes of its own for the term marks; ours must all be there with their original characters
            List<String> okapiCodes = new ArrayList<>(tu.getSource().getUnSegmentedContentCopy().getCodes().stream()
                    .map(net.sf.okapi.common.resource.Code::getData).toList());
            for (Code code : unit.codes()) {
                assertTrue(okapiCodes.remove(code.original()), unit.id() + " lacks code " + code + " in " + okapiCodes);
            }
        }
    }

    @Test
    void okapisValidatingXliff2ReaderSeesOurUnitsSourcesAndTargets() throws Exception {
        byte[] bytes = Files.readAllBytes(TestNotes.SEED);
        Note note = NoteReader.parse("seed.txt", bytes);
        List<Unit> units = Units.of(note);
        Map<String, List<List<Part>>> pseudo = PseudoTranslation.of(units);
        byte[] xlf = XliffExport.write(note, bytes, XliffRoundTripTest.MATCHER, "2.1", "en", pseudo);
        List<net.sf.okapi.lib.xliff2.core.Unit> read = new ArrayList<>();
        try (XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL)) {
            reader.open(new ByteArrayInputStream(xlf));
            while (reader.hasNext()) {
                var event = reader.next();
                if (event.isUnit()) {
                    read.add(event.getUnit());
                }
            }
        }
        assertEquals(units.size(), read.size());
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            net.sf.okapi.lib.xliff2.core.Unit okapi = read.get(i);
            assertEquals(unit.id(), okapi.getId());
            StringBuilder source = new StringBuilder();
            StringBuilder target = new StringBuilder();
            int segments = 0;
            for (Segment segment : okapi.getSegments()) {
                source.append(segment.getSource().getPlainText());
                target.append(segment.getTarget().getPlainText());
                segments++;
            }
            assertEquals(plain(unit.segments()), source.toString(), unit.id());
            assertEquals(plain(pseudo.get(unit.id())), target.toString(), unit.id());
            assertEquals(unit.segments().size(), segments);
        }
    }

    /** The text of segments without the codes, as a CAT tool shows it. */
    static String plain(List<List<Part>> segments) {
        StringBuilder text = new StringBuilder();
        segments.forEach(s -> s.forEach(p -> {
            if (p instanceof Part.Text t) {
                text.append(t.text());
            }
        }));
        return text.toString();
    }

    @Test
    void termsAndContextAreThereForTheTranslator() throws Exception {
        String v12 = new String(seedXliff("1.2", false), StandardCharsets.UTF_8);
        assertTrue(v12.contains("<mrk mtype=\"term\">reasoning</mrk>"));
        assertTrue(v12.contains("<context context-type=\"x-speaker\">Matt Turk</context>"));
        assertTrue(v12.contains("<note from=\"glossary\">奖励模型 → reward model</note>"));
        assertTrue(v12.contains("<bpt id=\"1\" ctype=\"x-highlight\">==</bpt>"));
        String v21 = new String(seedXliff("2.1", false), StandardCharsets.UTF_8);
        assertTrue(v21.contains("<gls:translation>reward model</gls:translation>"));
        assertTrue(v21.contains("type=\"term\">reasoning</mrk>"));
        assertTrue(v21.contains("subType=\"bitext:highlight\""));
        assertFalse(v21.contains("**Matt Turk**"), "speaker labels are skeleton, not text");
    }
}
