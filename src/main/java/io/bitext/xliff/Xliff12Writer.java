package io.bitext.xliff;

import io.bitext.glossary.GlossaryMatch;
import io.bitext.glossary.GlossaryMatcher;
import io.bitext.note.Note;
import io.bitext.xml.XmlDocument;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * XLIFF 1.2 (strict), what most CAT tools import: one {@code file} per note with the note itself in
 * the header's internal skeleton (so the XLIFF alone merges back), a {@code group} per section, a
 * {@code trans-unit} per block with {@code seg-source} sentences, {@code bpt}/{@code ept}/{@code ph}
 * for markup, {@code mrk mtype="term"} on glossary terms, and the section, speaker and glossary
 * entries as context for the translator.
 *
 * <p>Every unit has a {@code target}: the translation when there is one ({@code state="translated"}),
 * otherwise, unless asked not to, a copy of the source marked {@code state="needs-translation"}. OmegaT
 * translates only what a {@code target} holds (a file without targets shows it no segment), Okapi,
 * Trados and memoQ read the copy as an untranslated segment, and the import does not count a copy it
 * gets back unchanged as a translation.
 */
public final class Xliff12Writer {
    static final String NS = "urn:oasis:names:tc:xliff:document:1.2";

    private Xliff12Writer() {
    }

    /**
     * @param targets     unit id → target segments, for units that have a translation; may be empty
     * @param copySources whether a unit without a translation gets a copy of its source as its target
     */
    public static byte[] write(Note note, byte[] original, List<Unit> units, GlossaryMatcher matcher, String targetLang,
                               Map<String, List<List<Part>>> targets, boolean copySources) {
        return write(note, original, units, matcher, null, targetLang, targets, copySources);
    }

    /** The same with {@code matches}, every match of {@code matcher} in the note's text (null: matched here). */
    public static byte[] write(Note note, byte[] original, List<Unit> units, GlossaryMatcher matcher, List<GlossaryMatch> matches,
                               String targetLang, Map<String, List<List<Part>>> targets, boolean copySources) {
        TermMarks termMarks = new TermMarks(matcher, note.text(), matches);
        return XmlDocument.write(note.name() + ": XLIFF", xml -> {
            xml.writeStartElement("xliff");
            xml.writeDefaultNamespace(NS);
            xml.writeAttribute("version", "1.2");
            xml.writeStartElement("file");
            xml.writeAttribute("original", note.name());
            xml.writeAttribute("source-language", "zh-CN");
            xml.writeAttribute("target-language", targetLang);
            xml.writeAttribute("datatype", "x-markdown");
            xml.writeAttribute("tool-id", "bitext");
            header(xml, original);
            xml.writeCharacters("\n");
            xml.writeStartElement("body");
            int group = 0;
            for (List<Unit> members : Units.bySection(units)) {
                Unit first = members.get(0);
                xml.writeCharacters("\n");
                xml.writeStartElement("group");
                xml.writeAttribute("id", "g" + ++group);
                // text before the first heading has no title; XLIFF 2 refuses an empty name
                xml.writeAttribute("resname", first.section() > 0 ? "section " + first.section()
                        : first.sectionTitle().isEmpty() ? "preamble" : first.sectionTitle());
                note(xml, "bitext", (first.section() > 0 ? "§" + first.section() + " " : "") + first.sectionTitle()
                        + (first.timeRange() == null ? "" : "（" + first.timeRange() + "）"));
                for (Unit unit : members) {
                    List<List<Part>> target = targets.get(unit.id());
                    unit(xml, unit, termMarks, targetLang, target != null || !copySources ? target : unit.segments(), target != null);
                }
                xml.writeCharacters("\n");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    private static void header(XMLStreamWriter xml, byte[] original) throws XMLStreamException {
        xml.writeStartElement("header");
        xml.writeStartElement("skl");
        xml.writeStartElement("internal-file");
        xml.writeAttribute("form", "base64");
        xml.writeCharacters(Base64.getEncoder().encodeToString(original));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("tool");
        xml.writeAttribute("tool-id", "bitext");
        xml.writeAttribute("tool-name", "Bitext");
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void unit(XMLStreamWriter xml, Unit unit, TermMarks termMarks, String targetLang,
                             List<List<Part>> target, boolean translated) throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeStartElement("trans-unit");
        xml.writeAttribute("id", unit.id());
        xml.writeAttribute("resname", unit.kind());
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
        List<GlossaryMatch> terms = new ArrayList<>();
        // the source and the seg-source mark the same text parts: each is matched once, for both
        Map<Part.Text, List<GlossaryMatch>> marks = termMarks.in(unit, terms);
        xml.writeStartElement("source");
        for (List<Part> segment : unit.segments()) {
            parts(xml, segment, marks);
        }
        xml.writeEndElement();
        xml.writeStartElement("seg-source");
        int mid = 0;
        for (List<Part> segment : unit.segments()) {
            xml.writeStartElement("mrk");
            xml.writeAttribute("mtype", "seg");
            xml.writeAttribute("mid", String.valueOf(++mid));
            parts(xml, segment, marks);
            xml.writeEndElement();
        }
        xml.writeEndElement();
        if (target != null) {
            xml.writeStartElement("target");
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", targetLang);
            xml.writeAttribute("state", translated ? "translated" : "needs-translation");
            int tmid = 0;
            for (List<Part> segment : target) {
                xml.writeStartElement("mrk");
                xml.writeAttribute("mtype", "seg");
                xml.writeAttribute("mid", String.valueOf(++tmid));
                parts(xml, segment, Map.of());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeStartElement("context-group");
        xml.writeAttribute("purpose", "information");
        context(xml, "x-section", (unit.section() > 0 ? "§" + unit.section() + " " : "") + unit.sectionTitle());
        if (unit.timeRange() != null) {
            context(xml, "x-time-range", unit.timeRange());
        }
        if (unit.speaker() != null) {
            context(xml, "x-speaker", unit.speaker());
        }
        xml.writeEndElement();
        List<String> seen = new ArrayList<>();
        for (GlossaryMatch m : terms) {
            String line = m.text() + " → " + TermMarks.english(m) + (m.entry().note().isEmpty() ? "" : " (" + m.entry().note() + ")");
            if (!seen.contains(line)) {
                seen.add(line);
                note(xml, "glossary", line);
            }
        }
        xml.writeEndElement();
    }

    /** Placeholders take image, pb, lb or an x- value; delimiters bold, italic, underlined, link or x-. */
    private static String ctype(Code code) {
        String ctype = code.kind().ctype;
        boolean placeholder = code.role() == Code.Role.STANDALONE;
        return placeholder && !ctype.equals("lb") && !ctype.startsWith("x-") ? "x-" + ctype : ctype;
    }

    private static void context(XMLStreamWriter xml, String type, String value) throws XMLStreamException {
        xml.writeStartElement("context");
        xml.writeAttribute("context-type", type);
        XmlText.write(xml, value);
        xml.writeEndElement();
    }

    private static void note(XMLStreamWriter xml, String from, String text) throws XMLStreamException {
        xml.writeStartElement("note");
        xml.writeAttribute("from", from);
        XmlText.write(xml, text);
        xml.writeEndElement();
    }

    /** Writes parts, marking in each text part the glossary terms {@code marks} holds for it. */
    private static void parts(XMLStreamWriter xml, List<Part> parts, Map<Part.Text, List<GlossaryMatch>> marks)
            throws XMLStreamException {
        for (Part part : parts) {
            if (part instanceof Part.Text text) {
                int at = 0;
                for (GlossaryMatch m : marks.getOrDefault(text, List.of())) {
                    XmlText.write(xml, text.text().substring(at, m.start()));
                    xml.writeStartElement("mrk");
                    xml.writeAttribute("mtype", "term");
                    XmlText.write(xml, m.text());
                    xml.writeEndElement();
                    at = m.end();
                }
                XmlText.write(xml, text.text().substring(at));
            } else {
                Code code = (Code) part;
                String name = switch (code.role()) {
                    case OPEN -> "bpt";
                    case CLOSE -> "ept";
                    case STANDALONE -> "ph";
                };
                xml.writeStartElement(name);
                xml.writeAttribute("id", String.valueOf(code.id()));
                if (code.role() != Code.Role.CLOSE) {
                    xml.writeAttribute("ctype", ctype(code));
                }
                XmlText.write(xml, code.original());
                xml.writeEndElement();
            }
        }
    }
}
