package io.bitext.docx;

import io.bitext.error.BitextException;
import io.bitext.xml.SafeXml;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What the review table showed when it was exported, kept in the document as a custom XML part (Word
 * and LibreOffice keep those when they save): the note's name and SHA-256, and per unit the text of
 * each cell. The import compares the returned table against it, so it sees exactly what the reviewer
 * changed, whatever the English column was made from.
 */
final class ReviewData {
    static final String NAMESPACE = "urn:bitext:review:1";

    /** The cells of one row as exported. */
    record Row(String english, String chinese, String englishText, String status) {
    }

    private final String note;
    private final String sha256;
    private final Map<String, Row> rows = new LinkedHashMap<>();

    ReviewData(String note, String sha256) {
        this.note = note;
        this.sha256 = sha256;
    }

    String note() {
        return note;
    }

    String sha256() {
        return sha256;
    }

    Map<String, Row> rows() {
        return rows;
    }

    void add(String unit, String englishSource, String chinese, String english, String status) {
        rows.put(unit, new Row(englishSource, CellText.normalise(chinese), CellText.normalise(english), CellText.normalise(status)));
    }

    void write(OutputStream stream) {
        XmlOut xml = new XmlOut(512 * rows.size() + 1024); // a row's cells, mostly Chinese, in UTF-8
        xml.start("review").attr(null, "xmlns", NAMESPACE).attr(null, "note", note).attr(null, "sha256", sha256);
        for (var row : rows.entrySet()) {
            xml.start("unit").attr(null, "id", row.getKey()).attr(null, "english", row.getValue().english());
            xml.start("zh").text(row.getValue().chinese()).end();
            xml.start("en").text(row.getValue().englishText()).end();
            xml.start("status").text(row.getValue().status()).end();
            xml.end();
        }
        try {
            xml.writeTo(stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The review data in {@code in}, or null when the part is not Bitext's. */
    static ReviewData read(InputStream in, String name) {
        XMLStreamReader xml = SafeXml.reader(in, name);
        try {
            xml.nextTag();
            if (!NAMESPACE.equals(xml.getNamespaceURI()) || !"review".equals(xml.getLocalName())) {
                return null;
            }
            ReviewData data = new ReviewData(xml.getAttributeValue(null, "note"), xml.getAttributeValue(null, "sha256"));
            String unit = null;
            String english = null;
            Map<String, String> cells = new LinkedHashMap<>();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("unit")) {
                    unit = xml.getAttributeValue(null, "id");
                    english = xml.getAttributeValue(null, "english");
                    cells.clear();
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    cells.put(xml.getLocalName(), xml.getElementText());
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("unit")) {
                    data.rows.put(unit, new Row(english, cells.getOrDefault("zh", ""), cells.getOrDefault("en", ""),
                            cells.getOrDefault("status", "")));
                }
            }
            return data;
        } catch (XMLStreamException e) {
            throw new BitextException(name + ": the review data cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
