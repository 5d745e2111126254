package io.bitext.xliff;

import io.bitext.align.Alignment;
import io.bitext.align.DocumentTerm;
import io.bitext.xml.XmlDocument;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * TMX 1.4b for translation memories: every aligned EN↔ZH term pair of a note (and, after an import,
 * every translated block), one {@code tu} each. Only translation pairs go in: a rendering of kind
 * translation the extractor is sure of ({@link DocumentTerm.Rendering#isTrusted()}); an aside, an expansion
 * or a doubtful boundary would be offered to a translator as a translation.
 */
public final class TmxWriter {

    private TmxWriter() {
    }

    /** @param translated unit id → {source block text, target block text}; may be empty */
    public static byte[] write(Alignment alignment, Map<String, String[]> translated, String targetLang) {
        return XmlDocument.write(alignment.note() + ": TMX", xml -> {
            xml.writeStartElement("tmx");
            xml.writeAttribute("version", "1.4");
            xml.writeEmptyElement("header");
            xml.writeAttribute("creationtool", "Bitext");
            xml.writeAttribute("creationtoolversion", "1");
            xml.writeAttribute("segtype", "phrase");
            xml.writeAttribute("o-tmf", "bitext");
            xml.writeAttribute("adminlang", "en");
            xml.writeAttribute("srclang", "zh-CN");
            xml.writeAttribute("datatype", "plaintext");
            xml.writeStartElement("body");
            for (DocumentTerm term : alignment.document()) {
                for (DocumentTerm.Rendering rendering : term.renderings()) {
                    if (rendering.isTrusted()) {
                        tu(xml, "term", rendering.text(), term.english(), targetLang, rendering.count());
                    }
                }
            }
            for (Map.Entry<String, String[]> unit : translated.entrySet()) {
                tu(xml, "segment " + unit.getKey(), unit.getValue()[0], unit.getValue()[1], targetLang, 1);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    private static void tu(XMLStreamWriter xml, String type, String zh, String en, String targetLang, int uses)
            throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeStartElement("tu");
        xml.writeAttribute("usagecount", String.valueOf(uses));
        xml.writeStartElement("prop");
        xml.writeAttribute("type", "x-kind");
        xml.writeCharacters(type);
        xml.writeEndElement();
        tuv(xml, "zh-CN", zh);
        tuv(xml, targetLang, en);
        xml.writeEndElement();
    }

    private static void tuv(XMLStreamWriter xml, String lang, String text) throws XMLStreamException {
        xml.writeStartElement("tuv");
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", lang);
        xml.writeStartElement("seg");
        XmlText.write(xml, text);
        xml.writeEndElement();
        xml.writeEndElement();
    }
}
