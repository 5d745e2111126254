package io.bitext.xliff;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escapes a translator's text where Markdown (CommonMark and Obsidian's extensions) would read it as
 * markup: {@code <sic>} typed in a CAT tool (written {@code &lt;sic&gt;} in the XLIFF) must reach the
 * note as the text {@code <sic>}, not as an HTML tag, and {@code *}, {@code ==} or {@code [[…]]} as
 * characters, not emphasis, highlight or a link. The note's own markup never passes through here: it
 * travels as codes. A character already escaped with a backslash is left as it is.
 *
 * <pre>{@code
 * MarkdownEscape.inline("a <sic> b");   // "a \<sic> b"
 * MarkdownEscape.lineStart("# 1 thing"); // "\# 1 thing"
 * }</pre>
 */
public final class MarkdownEscape {
    /** Starts an HTML tag, comment, declaration or autolink; a character reference; a run of marks. */
    private static final Pattern INLINE = Pattern.compile(
            "<(?=[A-Za-z/!?])|&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)|[*`\\[\\]]|==|~~|\\$");
    /** What opens a block at the start of a line: heading, quote, list item, thematic break, fence. */
    private static final Pattern BLOCK = Pattern.compile("^([ \\t]{0,3})(#|>|[-+*](?=[ \\t]|$)|=+[ \\t]*$|(\\d{1,9})([.)])(?=[ \\t]|$)|~~~|```)");

    private MarkdownEscape() {
    }

    /** Escapes text that stands inside a line. */
    public static String inline(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        Matcher m = INLINE.matcher(text);
        int at = 0;
        while (m.find()) {
            if (escaped(text, m.start())) {
                continue;
            }
            out.append(text, at, m.start()).append('\\');
            at = m.start();
        }
        return underscores(out.append(text, at, text.length()).toString());
    }

    /** Escapes text that starts a line, where it could also open a block. */
    public static String lineStart(String text) {
        Matcher m = BLOCK.matcher(text);
        if (!m.find()) {
            return inline(text);
        }
        if (m.group(3) != null) { // "1. " opens an ordered list: escape the delimiter, not the digits
            int delimiter = m.start(4);
            return inline(text.substring(0, delimiter)) + "\\" + inline(text.substring(delimiter));
        }
        int mark = m.start(2);
        String rest = inline(text.substring(mark));
        return text.substring(0, mark) + (rest.startsWith("\\") ? "" : "\\") + rest;
    }

    /** {@code _} opens or closes emphasis only where it is not between two letters or digits. */
    private static String underscores(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean inWord = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))
                    && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
            if (c == '_' && !inWord && !escaped(text, i)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Whether the character at {@code i} follows an odd number of backslashes. */
    private static boolean escaped(String text, int i) {
        int backslashes = 0;
        while (i - backslashes - 1 >= 0 && text.charAt(i - backslashes - 1) == '\\') {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
