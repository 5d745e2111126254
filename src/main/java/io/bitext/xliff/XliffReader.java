package io.bitext.xliff;

import io.bitext.error.BitextException;
import io.bitext.xml.SafeXml;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads XLIFF 1.2 or 2.x that Bitext wrote and a CAT tool translated: the note from the skeleton and
 * the target of every unit, with codes as references. DTDs and entities are refused (see {@link SafeXml}).
 */
public final class XliffReader {
    private final XMLStreamReader xml;
    private final String name;
    private String version;
    private String original;
    private byte[] note;
    private String targetLang = "en";
    private final Map<String, List<Target.Segment>> targets = new LinkedHashMap<>();
    /** The 2.x segment being read: its id and state. */
    private String segment;
    private String segmentState;

    private XliffReader(XMLStreamReader xml, String name) {
        this.xml = xml;
        this.name = name;
    }

    public static XliffFile read(InputStream in, String name) {
        XliffReader reader = new XliffReader(SafeXml.reader(in, name), name);
        try {
            reader.document();
        } catch (XMLStreamException e) {
            throw SafeXml.error(name, e);
        } catch (IllegalArgumentException e) {
            throw new BitextException(name + ": the skeleton is not valid base64 (" + e.getMessage() + ")", e);
        }
        if (reader.note == null) {
            throw new BitextException(name + ": no skeleton with the original note (was it written by bitext export --xliff?)");
        }
        Map<String, Target> targets = new LinkedHashMap<>();
        reader.targets.forEach((unit, segments) -> targets.put(unit, new Target(segments)));
        return new XliffFile(reader.version, reader.original, reader.note, reader.targetLang, targets);
    }

    private void document() throws XMLStreamException {
        String unit = null;
        while (xml.hasNext()) {
            if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String element = xml.getLocalName();
            String ns = xml.getNamespaceURI();
            if (element.equals("xliff")) {
                if (!Xliff12Writer.NS.equals(ns) && !Xliff21Writer.NS.equals(ns)) {
                    throw new BitextException(name + ": not XLIFF 1.2 or 2.x (root namespace '" + ns + "')");
                }
                version = xml.getAttributeValue(null, "version");
                String trg = xml.getAttributeValue(null, "trgLang");
                targetLang = trg == null ? targetLang : trg;
                continue;
            }
            if (version == null) {
                throw new BitextException(name + ": not an XLIFF document (root element '" + element + "')");
            }
            switch (element) {
                case "file" -> {
                    original = xml.getAttributeValue(null, "original");
                    String trg = xml.getAttributeValue(null, "target-language");
                    targetLang = trg == null ? targetLang : trg;
                }
                case "internal-file", "skeleton" -> note = Base64.getMimeDecoder().decode(xml.getElementText().strip());
                case "trans-unit", "unit" -> unit = xml.getAttributeValue(null, "id");
                case "alt-trans" -> skip(); // a suggestion, with its own target, is not the translation
                case "segment", "ignorable" -> {
                    segment = xml.getAttributeValue(null, "id");
                    segmentState = xml.getAttributeValue(null, "state");
                }
                case "target" -> {
                    if (unit != null) {
                        target(targets.computeIfAbsent(unit, k -> new ArrayList<>()));
                    }
                }
                default -> {
                }
            }
        }
    }

    /**
     * Reads one {@code target}: in 1.2 each {@code mrk mtype="seg"} is a segment (content outside them,
     * but white space, is a segment with no id); in 2.x the target is its segment's.
     */
    private void target(List<Target.Segment> into) throws XMLStreamException {
        String state = xml.getAttributeValue(null, "state");
        if (!version.startsWith("1")) {
            List<Token> tokens = new ArrayList<>();
            inline(tokens, null);
            into.add(new Target.Segment(segment, state != null ? state : segmentState, tokens));
            return;
        }
        List<Token> outside = new ArrayList<>();
        boolean segmented = false;
        while (true) {
            List<Token> tokens = new ArrayList<>();
            String mid = inline(outside, tokens);
            if (mid == null) {
                break;
            }
            segmented = true;
            into.add(new Target.Segment(mid, state, tokens));
        }
        if (!segmented || outside.stream().anyMatch(t -> !(t instanceof Token.Text text) || !text.text().isBlank())) {
            into.add(new Target.Segment(null, state, outside));
        }
    }

    /**
     * Reads inline content into {@code tokens}, flattening term marks. With {@code segment} given (1.2),
     * stops at a {@code mrk mtype="seg"}, reads its content into {@code segment} and returns its
     * {@code mid}; returns null at the end of the target.
     */
    private String inline(List<Token> tokens, List<Token> segment) throws XMLStreamException {
        int depth = 0;
        List<Integer> openPc = new ArrayList<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE) {
                tokens.add(new Token.Text(xml.getText()));
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String element = xml.getLocalName();
                switch (element) {
                    case "bpt" -> {
                        tokens.add(new Token.Ref(Code.Role.OPEN, id()));
                        skip();
                        depth--;
                    }
                    case "ept" -> {
                        tokens.add(new Token.Ref(Code.Role.CLOSE, id()));
                        skip();
                        depth--;
                    }
                    case "ph" -> {
                        tokens.add(new Token.Ref(Code.Role.STANDALONE, id()));
                        skip();
                        depth--;
                    }
                    case "pc" -> {
                        int id = id();
                        openPc.add(id);
                        tokens.add(new Token.Ref(Code.Role.OPEN, id));
                    }
                    case "sc" -> {
                        tokens.add(new Token.Ref(Code.Role.OPEN, id()));
                        skip();
                        depth--;
                    }
                    case "ec" -> {
                        String ref = xml.getAttributeValue(null, "startRef");
                        tokens.add(new Token.Ref(Code.Role.CLOSE, number(ref == null ? xml.getAttributeValue(null, "id") : ref)));
                        skip();
                        depth--;
                    }
                    case "mrk", "sm", "em" -> {
                        if (segment != null && depth == 1 && "seg".equals(xml.getAttributeValue(null, "mtype"))) {
                            String mid = xml.getAttributeValue(null, "mid");
                            inline(segment, null);
                            return mid == null ? "" : mid;
                        }
                        if (!element.equals("mrk")) {
                            skip();
                            depth--;
                        }
                    }
                    default -> {
                        tokens.add(new Token.Unknown(element));
                        skip();
                        depth--;
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == 0) {
                    return null; // </target>, or the segment's </mrk>
                }
                depth--;
                if (xml.getLocalName().equals("pc") && !openPc.isEmpty()) {
                    tokens.add(new Token.Ref(Code.Role.CLOSE, openPc.remove(openPc.size() - 1)));
                }
            }
        }
        throw new XMLStreamException("the document ends inside <target>");
    }

    private int id() {
        return number(xml.getAttributeValue(null, "id"));
    }

    private static int number(String id) {
        if (id == null) {
            return -1;
        }
        try {
            return Integer.parseInt(id.strip());
        } catch (NumberFormatException e) {
            return -1; // an id Bitext did not write: reported as a missing code by the merge
        }
    }

    /** Skips the rest of the current element, its content included. */
    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }
}
