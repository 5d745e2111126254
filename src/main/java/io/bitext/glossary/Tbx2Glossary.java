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
    private static final String XML_NS = TbxBody.XML_NS;

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
            TbxBody.V2.write(xml, entries);
            xml.writeEndElement();
        });
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        TbxBody.element(xml, name, text);
    }

    private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
        TbxBody.indent(xml, depth);
    }
}
