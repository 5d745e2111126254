package io.bitext.phonetic;

import com.ibm.icu.text.Transliterator;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The toneless syllable of every Chinese character of the Basic Multilingual Plane, as ICU4J's
 * Han–Latin transliterator gives it, worked out once by the build and read from the jar. Building the
 * transliterator compiles ICU's rules, a quarter of a second of CPU: a note whose speakers have
 * Chinese names would pay it at every cold check, and a language server on its first check. Maven runs
 * {@link #main} after compiling:
 *
 * <pre>{@code
 * java -cp target/classes:icu4j.jar io.bitext.phonetic.PinyinTable target/classes/io/bitext/phonetic/pinyin.bin
 * }</pre>
 *
 * Characters outside the table's blocks, and every character when the table is absent (classes
 * compiled by an IDE alone), are transliterated by ICU as before, so the answers are the same.
 */
public final class PinyinTable {
    static final String RESOURCE = "io/bitext/phonetic/pinyin.bin";
    /** The CJK blocks of the BMP: Extension A, the Unified Ideographs, the Compatibility Ideographs. */
    static final int[][] BLOCKS = {{0x3400, 0x4DC0}, {0x4E00, 0xA000}, {0xF900, 0xFB00}};
    private static final int MAGIC = 0x42_54_50_59; // "BTPY"
    private static final int FORMAT = 1;
    private static final PinyinTable NONE = new PinyinTable(new String[0], new char[0]);

    private final String[] syllables;
    /** Per character of the blocks, in order: its syllable's index. */
    private final char[] index;

    private PinyinTable(String[] syllables, char[] index) {
        this.syllables = syllables;
        this.index = index;
    }

    /** The table in the jar, or an empty one. */
    static PinyinTable shipped() {
        try (InputStream in = PinyinTable.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? NONE : read(in);
        } catch (IOException e) {
            return NONE; // an unreadable table costs speed, never an answer: ICU answers instead
        }
    }

    /** The character's syllable, or null when the table does not hold it. */
    String syllable(int codePoint) {
        if (index.length == 0) {
            return null;
        }
        int offset = 0;
        for (int[] block : BLOCKS) {
            if (codePoint >= block[0] && codePoint < block[1]) {
                return syllables[index[offset + codePoint - block[0]]];
            }
            offset += block[1] - block[0];
        }
        return null;
    }

    static PinyinTable read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(source));
        if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
            throw new IOException("not a pinyin table of format " + FORMAT);
        }
        String[] syllables = new String[in.readInt()];
        for (int i = 0; i < syllables.length; i++) {
            syllables[i] = in.readUTF();
        }
        char[] index = new char[in.readInt()];
        for (int i = 0; i < index.length; i++) {
            index[i] = in.readChar();
        }
        return new PinyinTable(syllables, index);
    }

    /** Every character of the blocks through the transliterator {@link Pinyin} uses. */
    static void write(Transliterator han, OutputStream target) throws IOException {
        List<String> syllables = new ArrayList<>();
        Map<String, Integer> numbers = new HashMap<>();
        int size = 0;
        for (int[] block : BLOCKS) {
            size += block[1] - block[0];
        }
        char[] index = new char[size];
        int at = 0;
        for (int[] block : BLOCKS) {
            for (int cp = block[0]; cp < block[1]; cp++) {
                String syllable = Pinyin.transliterate(han, cp);
                Integer number = numbers.get(syllable);
                if (number == null) {
                    number = syllables.size();
                    numbers.put(syllable, number);
                    syllables.add(syllable);
                }
                index[at++] = (char) (int) number;
            }
        }
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target));
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeInt(syllables.size());
        for (String s : syllables) {
            out.writeUTF(s);
        }
        out.writeInt(index.length);
        for (char c : index) {
            out.writeChar(c);
        }
        out.flush();
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: PinyinTable <output file>");
        }
        Path target = Path.of(args[0]);
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            write(Pinyin.transliterator(), out);
        }
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
