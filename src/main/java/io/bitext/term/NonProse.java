package io.bitext.term;

import io.bitext.note.Block;
import io.bitext.note.Inline;
import io.bitext.note.InlineKind;
import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reader does not read as prose inside a prose block: code spans, file paths and names,
 * command-line options and web addresses. A command written {@code claude} or a file {@code data.json}
 * is spelled as the machine needs it, so no rule may hold it to the glossary's case, and no term is
 * extracted from it.
 *
 * <pre>{@code
 * BitSet mask = ...; // the prose blocks' characters
 * NonProse.clear(mask, note.text(), block);
 * BitSet blockMask = NonProse.of(note.text(), block); // bit i: the block's i-th character
 * }</pre>
 */
public final class NonProse {
    /** {@code ~/.claude/agents/}, {@code ./setup.sh}, {@code src/main/App.java}, {@code a/b/c}. */
    private static final Pattern PATH = Pattern.compile(
            "(?<![\\w/])(?:~|\\.{1,2})?/[\\w.@*-]+(?:/[\\w.@*-]*)*|(?<![\\w/])[\\w.@-]+/(?:[\\w.@*-]+/)+[\\w.@*-]*");
    /** {@code --full-auto}, {@code -p}: an option after a space or at the start. */
    private static final Pattern OPTION = Pattern.compile("(?<![\\p{L}\\p{N}-])--?[A-Za-z][\\w-]*");
    /** {@code captions.json}, {@code CLAUDE.md}: a name with a file extension. */
    private static final Pattern FILE = Pattern.compile(
            "(?<![\\p{L}\\p{N}.])[\\w-]+\\.(?i:md|json|jsonl|txt|py|js|ts|java|sh|yaml|yml|toml|html|csv|tsv|wav|mp3|mp4|m4a|srt|vtt|pdf|docx|xml|ini|cfg|log|lock)(?![\\p{L}\\p{N}])");
    /** {@code name=wav}, {@code lang=zh}: an option's key and value ({@code ==} marks a highlight instead). */
    private static final Pattern KEY_VALUE = Pattern.compile("(?<![\\p{L}\\p{N}=])[A-Za-z_][\\w.-]*=(?!=)[\\w.:/@-]+");
    private static final Pattern URL = Pattern.compile("https?://\\S+|www\\.\\S+");
    private static final Pattern[] SHAPES = {URL, PATH, OPTION, FILE, KEY_VALUE};
    /** Each shape's match holds this character ({@link #SHAPES}' order; an address is found by its own search). */
    private static final char[] MARKS = {':', '/', '-', '.', '='};

    private NonProse() {
    }

    /** Clears from {@code mask} the block's code spans and the machine-shaped words of its text. */
    public static void clear(BitSet mask, String text, Block block) {
        clear(mask, text, block, 0);
    }

    /** The same, with bit {@code i} of the mask standing for offset {@code base + i} of the text. */
    private static void clear(BitSet mask, String text, Block block, int base) {
        for (Inline inline : block.inlines()) {
            if (inline.kind() == InlineKind.CODE) {
                mask.clear(inline.span().offset() - base, inline.span().end() - base);
            }
        }
        clearShapes(mask, text, block.span().offset(), Math.min(block.span().end(), text.length()), base);
    }

    /** Clears the machine-shaped words of {@code text[from, to)}, bit {@code i} standing for offset {@code base + i}. */
    static void clearShapes(BitSet mask, String text, int from, int to, int base) {
        int present = marks(text, from, to);
        for (int i = 0; i < SHAPES.length; i++) {
            if ((present & 1 << i) == 0) {
                continue; // the shape's own character is not in the block: most Chinese prose has none
            }
            Matcher m = SHAPES[i].matcher(text);
            if (SHAPES[i] == URL) {
                clearAddresses(mask, text, from, to, base, m);
            } else {
                clearAround(mask, text, from, to, base, m, MARKS[i]);
            }
        }
    }

    /**
     * Clears the matches of a path, option, file or key shape. Each is made of {@link #isMachineChar}
     * characters only and holds its mark, so the regular expression runs over the stretch of such
     * characters around each mark and nowhere else, with one character more on each side inside the
     * block for the shapes' one-character look-arounds: the same matches as a search of the whole
     * block, without trying every Chinese character as a start.
     */
    private static void clearAround(BitSet mask, String text, int from, int to, int base, Matcher m, char mark) {
        int at = indexOf(text, mark, from, to);
        while (at >= 0) {
            int start = at;
            while (start > from && isMachineChar(text.charAt(start - 1))) {
                start--;
            }
            int end = at + 1;
            while (end < to && isMachineChar(text.charAt(end))) {
                end++;
            }
            m.region(Math.max(from, start - 1), Math.min(to, end + 1));
            while (m.find()) {
                mask.clear(m.start() - base, m.end() - base);
            }
            at = indexOf(text, mark, end, to);
        }
    }

    /** The first {@code mark} in {@code text[from, to)}, or -1: a search of the whole note's rest would cost every block the note's length. */
    private static int indexOf(String text, char mark, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == mark) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Clears web addresses. An address starts at an ASCII letter before its {@code ://} or at its
     * {@code www.} and runs to the next space, so the search starts at the stretch of machine
     * characters before the first such sign and goes on from the end of each address found.
     */
    private static void clearAddresses(BitSet mask, String text, int from, int to, int base, Matcher m) {
        int at = from;
        while (at < to) {
            int sign = firstOf(text, at, to, "://", "www.", "WWW.");
            if (sign < 0) {
                return;
            }
            int start = sign;
            while (start > at && isMachineChar(text.charAt(start - 1))) {
                start--;
            }
            m.region(start, to);
            if (!m.find()) {
                return;
            }
            mask.clear(m.start() - base, m.end() - base);
            at = m.end();
        }
    }

    private static int firstOf(String text, int from, int to, String... signs) {
        // a sign must start inside [from, to); it may run past to, as a search of the note's rest would find it
        for (int i = from; i < to; i++) {
            for (String sign : signs) {
                if (text.charAt(i) == sign.charAt(0) && text.startsWith(sign, i)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** A character a path, an option, a file name or a key can be made of. */
    private static boolean isMachineChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '_' || c == '.' || c == '@' || c == '*' || c == '-' || c == '/' || c == '~' || c == '=' || c == ':';
    }

    /**
     * The characters of the block that are not prose, bit {@code i} standing for the block's
     * {@code i}-th character (offset {@code block.span().offset() + i} of the text): a mask as long as
     * the block, not the note, so that a note of many blocks costs no more than its length.
     */
    public static BitSet of(String text, Block block) {
        int base = block.span().offset();
        int length = Math.min(block.span().end(), text.length()) - base;
        BitSet mask = new BitSet(length);
        mask.set(0, length);
        clear(mask, text, block, base);
        mask.flip(0, length);
        return mask;
    }

    /**
     * Which shapes can occur in the region, one bit each in {@link #SHAPES}' order: each needs a
     * character of its own (an address {@code :} or {@code www.}, a path {@code /}, an option {@code -},
     * a file name {@code .}, a key {@code =}), and one pass over the block finds them all.
     */
    private static int marks(String text, int from, int to) {
        int present = 0;
        for (int i = from; i < to; i++) {
            switch (text.charAt(i)) {
                case ':' -> present |= 1;
                case 'w', 'W' -> present |= text.startsWith("ww.", i + 1) || text.startsWith("WW.", i + 1) ? 1 : 0;
                case '/' -> present |= 2;
                case '-' -> present |= 4;
                case '.' -> present |= 8;
                case '=' -> present |= 16;
                default -> {
                }
            }
        }
        return present;
    }

    /** Whether {@code word} alone has the shape of a path, option, file name or address. */
    public static boolean isMachineShaped(String word) {
        for (Pattern shape : SHAPES) {
            if (shape.matcher(word).matches()) {
                return true;
            }
        }
        return false;
    }
}
