package io.bitext.dict;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The layout of the dictionary index, shared by {@link IndexWriter} (at build time) and {@link Index}.
 *
 * <p>A five-byte header ({@code BTXD} and a version byte); a table of the labels, the number of entries
 * and the blocks (for each: its first key, its number of entries and its deflated length); then the
 * blocks, each a raw DEFLATE stream of about {@value #BLOCK_BYTES} bytes of entries. An entry is its byte
 * length and then its key, spelling (empty when it is the key), BNC rank, frq rank, exchange text, and its
 * glosses as a count followed by (label number, text) pairs. Numbers are unsigned LEB128 varints and
 * strings a varint byte length followed by UTF-8.
 *
 * <p>The key is the headword in lower case; entries are sorted by its UTF-8 bytes and a key never spans
 * two blocks, so that a lookup is a binary search over the block table and then over one block's keys,
 * compared as bytes. Loading reads the table only; a block is inflated when first searched. Inflating
 * the whole index at once took most of a tenth of a second, a cost every cold run would pay for the few
 * dozen words a note asks about. Those words fall in as many blocks, so a block is small: at 4 KiB a
 * check of the seed note inflates 48 blocks, 0.2 MB, where 16 KiB blocks made it inflate 0.8 MB; the
 * longer block table (3,073 rows) is read on the thread that loads the index while the note is parsed.
 */
final class IndexFormat {
    static final byte[] MAGIC = {'B', 'T', 'X', 'D'};
    static final int VERSION = 3;
    static final int BLOCK_BYTES = 4 * 1024;

    private IndexFormat() {
    }

    /** The key a headword is filed and looked up under. */
    static byte[] key(String word) {
        return word.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
    }

    static int compare(byte[] left, byte[] right) {
        return Arrays.compareUnsigned(left, right);
    }

    static void writeVarint(ByteArrayOutputStream out, int value) {
        int rest = value;
        while ((rest & ~0x7F) != 0) {
            out.write((rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        out.write(rest);
    }

    static void writeString(ByteArrayOutputStream out, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        writeVarint(out, bytes.length);
        out.writeBytes(bytes);
    }

    /** A reading position in an inflated index. */
    static final class Cursor {
        private final byte[] data;
        private int position;

        Cursor(byte[] data, int position) {
            this.data = data;
            this.position = position;
        }

        int position() {
            return position;
        }

        void skip(int bytes) {
            position += bytes;
        }

        int varint() {
            int value = 0;
            int shift = 0;
            byte next;
            do {
                next = data[position++];
                value |= (next & 0x7F) << shift;
                shift += 7;
            } while (next < 0);
            return value;
        }

        String string() {
            int length = varint();
            String text = new String(data, position, length, StandardCharsets.UTF_8);
            position += length;
            return text;
        }

        /** Compares the string at this position, without decoding it, with {@code key}; moves past it. */
        int compareString(byte[] key) {
            int length = varint();
            int order = Arrays.compareUnsigned(data, position, position + length, key, 0, key.length);
            position += length;
            return order;
        }
    }
}
