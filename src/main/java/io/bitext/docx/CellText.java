package io.bitext.docx;

import org.w3c.dom.Node;

/**
 * The text of a table cell as the reviewer left it: its paragraphs one a line, line breaks as line
 * breaks, with tracked changes read as if accepted (text in {@code w:ins} counts, {@code w:del},
 * {@code w:moveFrom} and deleted text do not). Comment marks and field codes hold no text.
 */
final class CellText {
    private static final String W = WordXml.W;

    /** The text, and whether any tracked change stood in it. */
    record Read(String text, boolean tracked) {
    }

    private CellText() {
    }

    static Read of(Node cell) {
        StringBuilder text = new StringBuilder();
        boolean[] tracked = new boolean[1];
        walk(cell, text, tracked);
        if (text.length() > 0 && text.charAt(text.length() - 1) == '\n') {
            text.setLength(text.length() - 1);
        }
        return new Read(normalise(text.toString()), tracked[0]);
    }

    private static void walk(Node node, StringBuilder text, boolean[] tracked) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() != Node.ELEMENT_NODE || !W.equals(child.getNamespaceURI())) {
                continue;
            }
            String name = child.getLocalName();
            switch (name) {
                case "del", "moveFrom" -> tracked[0] = true;
                case "ins", "moveTo" -> {
                    tracked[0] = true;
                    walk(child, text, tracked);
                }
                case "t" -> characters(child, text);
                case "tab" -> text.append('\t');
                case "br", "cr" -> text.append('\n');
                case "instrText", "delText", "pPr", "rPr", "tcPr" -> { }
                case "p" -> {
                    walk(child, text, tracked);
                    text.append('\n');
                }
                default -> walk(child, text, tracked);
            }
        }
    }

    /** The text nodes under {@code node}; XMLBeans' DOM has no {@code getTextContent}. */
    private static void characters(Node node, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
    }

    /** Without the characters the document cannot hold (controls but tab and line feed). */
    static String normalise(String text) {
        int first = 0;
        while (first < text.length() && kept(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text; // every cell of an export is normalised, and almost none holds a control
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (kept(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean kept(char c) {
        return c >= 0x20 || c == '\t' || c == '\n';
    }
}
