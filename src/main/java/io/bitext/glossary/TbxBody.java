package io.bitext.glossary;

import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The concepts of a TBX file, which the two dialects Bitext writes shape alike and name apart: TBX v3
 * (ISO 30042:2019) has {@code conceptEntry/langSec/termSec}, TBX 2 ({@code martif}, what OmegaT 3.x,
 * memoQ and MultiTerm read) has {@code termEntry/langSet/tig}. The header and root are the dialect's
 * own; everything from {@code <text>} down is written here once.
 */
enum TbxBody {
    V3("conceptEntry", "langSec", "termSec"),
    V2("termEntry", "langSet", "tig");

    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private final String concept;
    private final String language;
    private final String term;

    TbxBody(String concept, String language, String term) {
        this.concept = concept;
        this.language = language;
        this.term = term;
    }

    /** {@code <text><body>…</body></text>} with one concept per entry. */
    void write(XMLStreamWriter xml, List<Entry> entries) throws XMLStreamException {
        indent(xml, 1);
        xml.writeStartElement("text");
        indent(xml, 2);
        xml.writeStartElement("body");
        for (Entry entry : entries) {
            concept(xml, entry);
        }
        indent(xml, 2);
        xml.writeEndElement();
        indent(xml, 1);
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private void concept(XMLStreamWriter xml, Entry entry) throws XMLStreamException {
        indent(xml, 3);
        xml.writeStartElement(concept);
        xml.writeAttribute("id", entry.id());
        admin(xml, "projectSubset", entry.type().label());
        if (!entry.status().isEmpty()) {
            admin(xml, "customerSubset", entry.status());
        }
        if (!entry.note().isEmpty()) {
            indent(xml, 4);
            element(xml, "note", entry.note());
        }
        language(xml, "en", entry.en(), entry.enAdmitted(), entry.enForbidden());
        language(xml, TbxGlossary.ZH_LANG, entry.zh(), entry.zhAdmitted(), entry.zhForbidden());
        indent(xml, 3);
        xml.writeEndElement();
    }

    private void language(XMLStreamWriter xml, String lang, String preferred, List<String> admitted,
                          List<String> forbidden) throws XMLStreamException {
        if (preferred.isEmpty() && admitted.isEmpty() && forbidden.isEmpty()) {
            return;
        }
        indent(xml, 4);
        xml.writeStartElement(language);
        xml.writeAttribute("xml", XML_NS, "lang", lang);
        if (!preferred.isEmpty()) {
            term(xml, preferred, preferred, Status.PREFERRED);
        }
        for (String form : admitted) {
            term(xml, form, preferred, Status.ADMITTED);
        }
        for (String form : forbidden) {
            term(xml, form, preferred, Status.FORBIDDEN);
        }
        indent(xml, 4);
        xml.writeEndElement();
    }

    private void term(XMLStreamWriter xml, String form, String preferred, Status status) throws XMLStreamException {
        indent(xml, 5);
        xml.writeStartElement(term);
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

    static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
