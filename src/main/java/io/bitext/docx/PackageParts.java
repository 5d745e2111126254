package io.bitext.docx;

import java.io.OutputStream;
import java.util.Map;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The small parts of the package: settings (no field update asked for on opening), the footer with
 * the page number, the custom document properties that name the note, and the properties of the
 * review data's custom XML part.
 */
final class PackageParts {
    static final String PROPERTIES = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
    static final String VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
    /** The format id every user-defined document property carries. */
    private static final String USER_DEFINED = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

    private PackageParts() {
    }

    static void settings(OutputStream stream) {
        try (WordXml xml = new WordXml(stream, "settings")) {
            xml.val("zoom", "100").attr("percent", 100);
            xml.val("defaultTabStop", 420).val("characterSpacingControl", "compressPunctuation");
            xml.start("compat").empty("compatSetting").attr("name", "compatibilityMode")
                    .attr("uri", "http://schemas.microsoft.com/office/word").attr("val", "15").end();
        }
    }

    /** The footer: the note's title and the page number (a field every renderer fills in by itself). */
    static void footer(OutputStream stream, String title) {
        try (WordXml xml = new WordXml(stream, "ftr")) {
            xml.start("p").start("pPr").val("jc", "center").end();
            xml.styledRun(Styles.META, title + " — ");
            xml.start("fldSimple").attr("instr", " PAGE ").styledRun(Styles.META, "1").end();
            xml.end();
        }
    }

    /** {@code docProps/custom.xml}: user-defined properties, as text. */
    static void customProperties(OutputStream stream, Map<String, String> properties) {
        try {
            XMLStreamWriter xml = WordXml.FACTORY.createXMLStreamWriter(stream, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("", "Properties", PROPERTIES);
            xml.writeDefaultNamespace(PROPERTIES);
            xml.writeNamespace("vt", VT);
            int pid = 2; // ids below 2 are reserved
            for (var property : properties.entrySet()) {
                xml.writeStartElement(PROPERTIES, "property");
                xml.writeAttribute("fmtid", USER_DEFINED);
                xml.writeAttribute("pid", String.valueOf(pid++));
                xml.writeAttribute("name", property.getKey());
                xml.writeStartElement("vt", "lpwstr", VT);
                xml.writeCharacters(property.getValue());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code customXml/itemProps1.xml}: the data store item's id and the schema it follows. */
    static void itemProperties(OutputStream stream, UUID id) {
        String ds = "http://schemas.openxmlformats.org/officeDocument/2006/customXml";
        try {
            XMLStreamWriter xml = WordXml.FACTORY.createXMLStreamWriter(stream, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("ds", "datastoreItem", ds);
            xml.writeNamespace("ds", ds);
            xml.writeAttribute("ds", ds, "itemID", "{" + id.toString().toUpperCase(java.util.Locale.ROOT) + "}");
            xml.writeStartElement("ds", "schemaRefs", ds);
            xml.writeEmptyElement("ds", "schemaRef", ds);
            xml.writeAttribute("ds", ds, "uri", ReviewData.NAMESPACE);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }
}
