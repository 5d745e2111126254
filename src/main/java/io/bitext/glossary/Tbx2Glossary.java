package io.bitext.glossary;

import io.bitext.xml.XmlDocument;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The glossary as TBX 2 ({@code martif}, TBX-Basic 2008, ISO 30042:2008), the dialect OmegaT 3.x, memoQ
 * and MultiTerm read; {@link TbxGlossary} writes TBX v3, which they refuse.
 *
 * <p>Mapping, as in the v3 file: one {@code termEntry} per concept with its id, the usage note as the
 * entry's {@code note}, a {@code langSet} per language and a {@code tig} per form with
 * {@code termType} and {@code administrativeStatus}. The concept's type and a candidate status go in
 * {@code admin type="projectSubset"} and {@code customerSubset}, as in the v3 file, so that
 * {@code bitext glossary import} reads either file to the same entries. No DOCTYPE is written: Bitext
 * never writes or reads DTDs, and OmegaT reads the file without one.
 *
 * <pre>{@code
 * Files.write(Path.of("glossary.tbx"), Tbx2Glossary.write(Glossary.load(Path.of("glossary")).entries()));
 * }</pre>
 */
public final class Tbx2Glossary {
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private Tbx2Glossary() {
    }

    public static byte[] write(List<Entry> entries) {
        return XmlDocument.write("the glossary's TBX 2", xml -> {
            xml.writeStartElement("martif");
            xml.writeAttribute("type", "TBX-Basic");
            xml.writeAttribute("xml", XML_NS, "lang", "en");
            indent(xml, 1);
            xml.writeStartElement("martifHeader");
            xml.writeStartElement("fileDesc");
            xml.writeStartElement("sourceDesc");
            element(xml, "p", "Bitext EN–ZH glossary of AI and machine-learning podcast notes");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement("encodingDesc");
            xml.writeStartElement("p");
            xml.writeAttribute("type", "XCSURI");
            xml.writeCharacters("TBXBasicXCSV02.xcs");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            indent(xml, 1);
            xml.writeStartElement("text");
            indent(xml, 2);
            xml.writeStartElement("body");
            for (Entry entry : entries) {
                termEntry(xml, entry);
            }
            indent(xml, 2);
            xml.writeEndElement();
            indent(xml, 1);
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
        });
    }

    private static void termEntry(XMLStreamWriter xml, Entry entry) throws XMLStreamException {
        indent(xml, 3);
        xml.writeStartElement("termEntry");
        xml.writeAttribute("id", entry.id());
        admin(xml, "projectSubset", entry.type().label());
        if (!entry.status().isEmpty()) {
            admin(xml, "customerSubset", entry.status());
        }
        if (!entry.note().isEmpty()) {
            indent(xml, 4);
            element(xml, "note", entry.note());
        }
        langSet(xml, "en", entry.en(), entry.enAdmitted(), entry.enForbidden());
        langSet(xml, TbxGlossary.ZH_LANG, entry.zh(), entry.zhAdmitted(), entry.zhForbidden());
        indent(xml, 3);
        xml.writeEndElement();
    }

    private static void langSet(XMLStreamWriter xml, String lang, String preferred, List<String> admitted,
                                List<String> forbidden) throws XMLStreamException {
        if (preferred.isEmpty() && admitted.isEmpty() && forbidden.isEmpty()) {
            return;
        }
        indent(xml, 4);
        xml.writeStartElement("langSet");
        xml.writeAttribute("xml", XML_NS, "lang", lang);
        if (!preferred.isEmpty()) {
            tig(xml, preferred, preferred, Status.PREFERRED);
        }
        for (String form : admitted) {
            tig(xml, form, preferred, Status.ADMITTED);
        }
        for (String form : forbidden) {
            tig(xml, form, preferred, Status.FORBIDDEN);
        }
        indent(xml, 4);
        xml.writeEndElement();
    }

    private static void tig(XMLStreamWriter xml, String form, String preferred, Status status) throws XMLStreamException {
        indent(xml, 5);
        xml.writeStartElement("tig");
        element(xml, "term", form);
        termNote(xml, "termType", TbxGlossary.termType(form, preferred, status));
        termNote(xml, "administrativeStatus", status.tbx());
        xml.writeEndElement();
    }

    private static void termNote(XMLStreamWriter xml, String type, String value) throws XMLStreamException {
        xml.writeStartElement("termNote");
        xml.writeAttribute("type", type);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void admin(XMLStreamWriter xml, String type, String value) throws XMLStreamException {
        indent(xml, 4);
        xml.writeStartElement("admin");
        xml.writeAttribute("type", type);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
