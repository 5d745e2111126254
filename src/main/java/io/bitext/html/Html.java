package io.bitext.html;

import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * A small HTML writer: every piece of note text goes through {@link #text}, every attribute value
 * through {@link #open}, both escaped by flexmark's escaper (the Markdown library the reader already
 * uses), so a note that contains {@code <script>} shows it as text. Tags and attribute names are
 * the writer's own constants, never user data.
 */
final class Html {
    private final StringBuilder out = new StringBuilder(1 << 16);

    /** {@code s} with {@code & < > "} escaped; values are always written in double quotes. */
    static String escape(CharSequence s) {
        String text = s.toString();
        return needsEscaping(text) ? Escaping.escapeHtml(text, false) : text;
    }

    /**
     * Whether {@code text} holds one of the four characters flexmark's escaper replaces: most pieces of
     * a page hold none, and a scan is cheaper than the escaper's regular expression finding nothing.
     */
    private static boolean needsEscaping(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"') {
                return true;
            }
        }
        return false;
    }

    /** Text content, escaped. */
    Html text(CharSequence s) {
        out.append(escape(s));
        return this;
    }

    /** Markup the writer made itself (a tag, a constant). */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /**
     * An opening tag with attributes given as name, value pairs; a null value leaves the attribute
     * out, an empty one writes it bare ({@code hidden}).
     */
    Html open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            String value = attributes[i + 1];
            if (value == null) {
                continue;
            }
            out.append(' ').append(attributes[i]);
            if (!value.isEmpty()) {
                out.append("=\"").append(escape(value)).append('"');
            }
        }
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** {@code <tag attributes>text</tag>}. */
    Html element(String tag, CharSequence text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
