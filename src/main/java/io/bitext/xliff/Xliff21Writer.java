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
 * XLIFF 2.1: a {@code file} per note with the note in its {@code skeleton} (base64, so the XLIFF alone
 * merges back), a {@code group} per section with its title and time range as notes, a {@code unit}
 * per block with one {@code segment} per sentence, markup as {@code pc}/{@code ph} pointing into
 * {@code originalData}, glossary terms as {@code mrk type="term"} and the Glossary module's
 * {@code gls:glossary} listing each term's English.
 */
public final class Xliff21Writer {
    static final String NS = "urn:oasis:names:tc:xliff:document:2.0";
    static final String GLS = "urn:oasis:names:tc:xliff:glossary:2.0";

    private Xliff21Writer() {
    }

    public static byte[] write(Note note, byte[] original, List<Unit> units, GlossaryMatcher matcher, String targetLang,
                               Map<String, List<List<Part>>> targets) {
        return write(note, original, units, matcher, null, targetLang, targets);
    }

    /** The same with {@code matches}, every match of {@code matcher} in the note's text (null: matched here). */
    public static byte[] write(Note note, byte[] original, List<Unit> units, GlossaryMatcher matcher, List<GlossaryMatch> matches,
                               String targetLang, Map<String, List<List<Part>>> targets) {
        TermMarks termMarks = new TermMarks(matcher, note.text(), matches);
        return XmlDocument.write(note.name() + ": XLIFF", xml -> {
            xml.writeStartElement("xliff");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("gls", GLS);
            xml.writeAttribute("version", "2.1");
            xml.writeAttribute("srcLang", "zh-CN");
            xml.writeAttribute("trgLang", targetLang);
            xml.writeStartElement("file");
            xml.writeAttribute("id", "f1");
            xml.writeAttribute("original", note.name());
            xml.writeStartElement("skeleton");
            xml.writeCharacters(Base64.getEncoder().encodeToString(original));
            xml.writeEndElement();
            int group = 0;
            for (List<Unit> members : Units.bySection(units)) {
                Unit first = members.get(0);
                xml.writeCharacters("\n");
                xml.writeStartElement("group");
                xml.writeAttribute("id", "g" + ++group);
                // text before the first heading has no title; XLIFF 2 refuses an empty name
                xml.writeAttribute("name", first.section() > 0 ? "section " + first.section()
                        : first.sectionTitle().isEmpty() ? "preamble" : first.sectionTitle());
                xml.writeStartElement("notes");
                note(xml, "section", (first.section() > 0 ? "§" + first.section() + " " : "") + first.sectionTitle());
                if (first.timeRange() != null) {
                    note(xml, "time-range", first.timeRange());
                }
                xml.writeEndElement();
                for (Unit unit : members) {
                    unit(xml, unit, termMarks, targets.get(unit.id()));
                }
                xml.writeCharacters("\n");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    private static void unit(XMLStreamWriter xml, Unit unit, TermMarks termMarks, List<List<Part>> target)
            throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeStartElement("unit");
        xml.writeAttribute("id", unit.id());
        xml.writeAttribute("name", unit.kind());
        List<GlossaryMatch> terms = new ArrayList<>();
        // the glossary and the segments' marks list the same matches: each text part is matched once
        Map<Part.Text, List<GlossaryMatch>> marks = termMarks.in(unit, terms);
        if (!terms.isEmpty()) {
            xml.writeStartElement("gls", "glossary", GLS);
            for (int i = 0; i < terms.size(); i++) {
                GlossaryMatch m = terms.get(i);
                xml.writeStartElement("gls", "glossEntry", GLS);
                xml.writeAttribute("ref", "#m" + (i + 1));
                xml.writeStartElement("gls", "term", GLS);
                xml.writeAttribute("source", "bitext glossary: " + m.entry().id());
                XmlText.write(xml, m.text());
                xml.writeEndElement();
                xml.writeStartElement("gls", "translation", GLS);
                XmlText.write(xml, TermMarks.english(m));
                xml.writeEndElement();
                if (!m.entry().note().isEmpty()) {
                    xml.writeStartElement("gls", "definition", GLS);
                    XmlText.write(xml, m.entry().note());
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        List<String> context = new ArrayList<>();
        if (unit.speaker() != null) {
            context.add("speaker\u0000" + unit.speaker());
        }
        if (!context.isEmpty()) {
            xml.writeStartElement("notes");
            for (String c : context) {
                String[] kv = c.split("\u0000", 2);
                note(xml, kv[0], kv[1]);
            }
            xml.writeEndElement();
        }
        List<Code> codes = unit.codes();
        if (!codes.isEmpty()) {
            xml.writeStartElement("originalData");
            for (Code code : codes) {
                xml.writeStartElement("data");
                xml.writeAttribute("id", dataId(code));
                XmlText.write(xml, code.original());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        int[] mark = {0};
        for (int s = 0; s < unit.segments().size(); s++) {
            xml.writeStartElement("segment");
            xml.writeAttribute("id", unit.id() + "-s" + (s + 1));
            if (target != null && s < target.size()) {
                xml.writeAttribute("state", "translated");
            }
            xml.writeStartElement("source");
            parts(xml, unit.segments().get(s), marks, mark);
            xml.writeEndElement();
            if (target != null && s < target.size()) {
                xml.writeStartElement("target");
                parts(xml, target.get(s), null, null);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    static String dataId(Code code) {
        return "d" + code.id() + switch (code.role()) {
            case OPEN -> "o";
            case CLOSE -> "c";
            case STANDALONE -> "";
        };
    }

    private static void note(XMLStreamWriter xml, String category, String text) throws XMLStreamException {
        xml.writeStartElement("note");
        xml.writeAttribute("category", category);
        XmlText.write(xml, text);
        xml.writeEndElement();
    }

    /**
     * Writes parts as 2.x inline content: pairs become {@code pc}, which nest as the Markdown does; in a
     * segment whose marks cross ({@code **==**==…==}), {@code sc}/{@code ec}, which need not nest.
     */
    private static void parts(XMLStreamWriter xml, List<Part> parts, Map<Part.Text, List<GlossaryMatch>> marks, int[] mark)
            throws XMLStreamException {
        boolean nested = nests(parts);
        for (Part part : parts) {
            if (part instanceof Part.Text text) {
                int at = 0;
                for (GlossaryMatch m : mark == null ? List.<GlossaryMatch>of() : marks.getOrDefault(text, List.of())) {
                    XmlText.write(xml, text.text().substring(at, m.start()));
                    xml.writeStartElement("mrk");
                    xml.writeAttribute("id", "m" + ++mark[0]);
                    xml.writeAttribute("type", "term");
                    XmlText.write(xml, m.text());
                    xml.writeEndElement();
                    at = m.end();
                }
                XmlText.write(xml, text.text().substring(at));
                continue;
            }
            Code code = (Code) part;
            if (!nested && code.role() != Code.Role.STANDALONE) {
                xml.writeEmptyElement(code.role() == Code.Role.OPEN ? "sc" : "ec");
                xml.writeAttribute(code.role() == Code.Role.OPEN ? "id" : "startRef", String.valueOf(code.id()));
                xml.writeAttribute("dataRef", dataId(code));
                continue;
            }
            switch (code.role()) {
                case OPEN -> {
                    xml.writeStartElement("pc");
                    xml.writeAttribute("id", String.valueOf(code.id()));
                    xml.writeAttribute("dataRefStart", dataId(code));
                    xml.writeAttribute("dataRefEnd", "d" + code.id() + "c");
                    type(xml, code);
                }
                case CLOSE -> xml.writeEndElement();
                case STANDALONE -> {
                    xml.writeEmptyElement("ph");
                    xml.writeAttribute("id", String.valueOf(code.id()));
                    xml.writeAttribute("dataRef", dataId(code));
                    type(xml, code);
                }
            }
        }
    }

    private static boolean nests(List<Part> parts) {
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        for (Part part : parts) {
            if (part instanceof Code code && code.role() == Code.Role.OPEN) {
                open.push(code.id());
            } else if (part instanceof Code code && code.role() == Code.Role.CLOSE) {
                if (open.isEmpty() || open.pop() != code.id()) {
                    return false;
                }
            }
        }
        return open.isEmpty();
    }

    private static void type(XMLStreamWriter xml, Code code) throws XMLStreamException {
        xml.writeAttribute("type", code.kind() == Code.Kind.LINK || code.kind() == Code.Kind.URL ? "link" : "fmt");
        xml.writeAttribute("subType", code.kind().subType);
    }
}
