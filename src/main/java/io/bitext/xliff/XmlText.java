package io.bitext.xliff;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes text so that a reader gets every character back: XML parsers turn a carriage return into a
 * line feed, so CR is written as the character reference {@code &#13;} (and kept by the parser).
 * Characters XML 1.0 cannot carry at all are refused by the writer {@code XmlDocument} hands out.
 */
final class XmlText {

    private XmlText() {
    }

    static void write(XMLStreamWriter xml, String text) throws XMLStreamException {
        int from = 0;
        for (int cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', from)) {
            xml.writeCharacters(text.substring(from, cr));
            xml.writeEntityRef("#13");
            from = cr + 1;
        }
        xml.writeCharacters(from == 0 ? text : text.substring(from));
    }

    static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        write(xml, text);
        xml.writeEndElement();
    }
}
