package io.bitext.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

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
        XmlOut xml = new XmlOut();
        xml.start("Properties").attr(null, "xmlns", PROPERTIES).attr("xmlns", "vt", VT);
        int pid = 2; // ids below 2 are reserved
        for (var property : properties.entrySet()) {
            xml.start("property").attr(null, "fmtid", USER_DEFINED).attr(null, "pid", String.valueOf(pid++))
                    .attr(null, "name", property.getKey());
            xml.start("vt", "lpwstr").text(property.getValue()).end().end();
        }
        write(stream, xml.bytes());
    }

    /** {@code customXml/itemProps1.xml}: the data store item's id and the schema it follows. */
    static void itemProperties(OutputStream stream, UUID id) {
        XmlOut xml = new XmlOut();
        xml.start("ds", "datastoreItem").attr("xmlns", "ds", "http://schemas.openxmlformats.org/officeDocument/2006/customXml")
                .attr("ds", "itemID", "{" + id.toString().toUpperCase(Locale.ROOT) + "}");
        xml.start("ds", "schemaRefs").empty("ds", "schemaRef").attr("ds", "uri", ReviewData.NAMESPACE);
        write(stream, xml.bytes());
    }

    private static void write(OutputStream stream, byte[] bytes) {
        try {
            stream.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
