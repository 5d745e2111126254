package io.bitext.note;

import io.bitext.error.BitextException;
import java.util.Arrays;

/**
 * Refuses, before flexmark sees it, a body whose lists nest so deep by indentation that parsing it
 * would take minutes. For every line flexmark walks the open list items one by one, and each skips
 * the line's indentation from where the one before stopped: a line costs about (open items ×
 * indentation). A list nested a thousand levels by indentation is some megabytes of spaces and
 * costs billions of steps, where a real note, three levels and eight columns deep, costs a few dozen
 * a line.
 *
 * <p>The open items are estimated the way the list parser finds them (an item stays open while a
 * line is indented past its marker; a line may open several, {@code - - x}), and the cost summed
 * over the lines; past {@link #BUDGET} the note is refused with one line. The estimate need not be
 * exact: it only has to be large where flexmark's cost is large.
 */
final class IndentNesting {
    /** About a second of flexmark's time; a hundred levels nested by indentation cost under a thousandth of it. */
    static final long BUDGET = 200_000_000L;

    private IndentNesting() {
    }

    /**
     * Throws when {@code body}'s lists nested by indentation would cost more than {@link #BUDGET};
     * {@code firstLine} is the note's line number of the body's first line, for the message.
     */
    static void check(String name, String body, int firstLine) {
        int[] open = new int[16]; // content columns of the open items, innermost last
        int depth = 0;
        long cost = 0;
        int line = firstLine;
        int at = 0;
        int length = body.length();
        while (at < length) {
            int end = body.indexOf('\n', at);
            end = end < 0 ? length : end;
            int indent = 0;
            int i = at;
            while (i < end && (body.charAt(i) == ' ' || body.charAt(i) == '\t')) {
                indent += body.charAt(i) == '\t' ? 4 - indent % 4 : 1;
                i++;
            }
            if (i < end && body.charAt(i) != '\r') { // a blank line closes nothing
                while (depth > 0 && open[depth - 1] > indent) {
                    depth--;
                }
                cost += (long) depth * indent;
                if (cost > BUDGET) {
                    throw new BitextException(name + ":" + line + ": lists nested too deeply by indentation to be read ("
                            + depth + " levels open)");
                }
                for (int column = indent; i < end; ) {
                    int marker = markerLength(body, i, end);
                    if (marker == 0) {
                        break;
                    }
                    if (depth == open.length) {
                        open = Arrays.copyOf(open, depth * 2);
                    }
                    column += marker;
                    open[depth++] = column;
                    i += marker;
                }
            }
            at = end + 1;
            line++;
        }
    }

    /** The length of a list marker and its space at {@code i} ({@code - }, {@code * }, {@code + }, {@code 12. }, {@code 3) }), or 0. */
    private static int markerLength(String body, int i, int end) {
        char c = body.charAt(i);
        int after = i;
        if (c == '-' || c == '*' || c == '+') {
            after = i + 1;
        } else {
            while (after < end && after - i < 9 && Character.isDigit(body.charAt(after))) {
                after++;
            }
            if (after == i || after >= end || (body.charAt(after) != '.' && body.charAt(after) != ')')) {
                return 0;
            }
            after++;
        }
        return after < end && body.charAt(after) == ' ' ? after + 1 - i : 0;
    }
}
