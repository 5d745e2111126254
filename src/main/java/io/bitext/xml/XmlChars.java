package io.bitext.xml;

import javax.xml.stream.XMLStreamException;

/**
 * The characters XML 1.0 can carry ({@code Char} of the XML 1.0 recommendation, section 2.2): TAB, LF,
 * CR, U+0020–U+D7FF, U+E000–U+FFFD and properly paired surrogates. Anything else (ESC, VT, NUL, a lone
 * surrogate, U+FFFE) has no representation at all, not even as a character reference, so a writer
 * must refuse it rather than produce a file every XML parser rejects.
 */
public final class XmlChars {

    private XmlChars() {
    }

    /** The index of the first character XML 1.0 cannot carry, or -1. */
    public static int firstIllegal(CharSequence text) {
        return text instanceof String s ? firstIllegal(s) : firstIllegal(text.toString());
    }

    /**
     * The same for a string: every XML document's text passes here, and a string's characters are
     * read without the interface call per character a {@code CharSequence} costs.
     */
    public static int firstIllegal(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < Character.MIN_SURROGATE) {
                continue; // nearly every character: printable and not half of a pair
            }
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c == 0xFFFE || c == 0xFFFF) {
                return i;
            }
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Throws, naming the character and a little of the text around it, when {@code text} holds one XML cannot carry. */
    static void require(String text) throws XMLStreamException {
        int at = firstIllegal(text);
        if (at >= 0) {
            String before = text.subSequence(Math.max(0, at - 30), at).toString().replaceAll("\\p{Cntrl}", " ");
            throw new XMLStreamException(String.format("character U+%04X after '%s' cannot be carried by XML 1.0",
                    (int) text.charAt(at), before));
        }
    }
}
