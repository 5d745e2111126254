package io.bitext.phonetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.ibm.icu.text.Transliterator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The build's table of syllables answers as ICU's transliterator does, which it replaces. */
class PinyinTableTest {
    private static final Transliterator HAN = Pinyin.transliterator();

    @Test
    void theShippedTableAgreesWithIcuAcrossEveryBlock() {
        PinyinTable table = PinyinTable.shipped();
        int compared = 0;
        for (int[] block : PinyinTable.BLOCKS) {
            for (int cp = block[0]; cp < block[1]; cp += 37) {
                String where = "U+" + Integer.toHexString(cp);
                assertEquals(Pinyin.transliterate(HAN, cp), table.syllable(cp), where);
                compared++;
            }
            assertEquals(Pinyin.transliterate(HAN, block[1] - 1), table.syllable(block[1] - 1));
        }
        for (int cp : "俞伟川于北川崔老师".codePoints().toArray()) {
            assertEquals(Pinyin.transliterate(HAN, cp), table.syllable(cp));
        }
        assertEquals(true, compared > 700, "compared " + compared);
        assertEquals("yu", table.syllable('俞'));
    }

    @Test
    void charactersOutsideTheBlocksAreLeftToIcu() {
        PinyinTable table = PinyinTable.shipped();
        assertNull(table.syllable('a'));
        assertNull(table.syllable(0x20000)); // Extension B, outside the Basic Multilingual Plane
        assertEquals(Pinyin.transliterate(HAN, 0x20000), Pinyin.syllables(new String(Character.toChars(0x20000))).get(0));
    }

    @Test
    void aDamagedTableIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PinyinTable.write(HAN, bytes);
        PinyinTable copy = PinyinTable.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals("chuan", copy.syllable('川'));
        byte[] wrong = bytes.toByteArray().clone();
        wrong[0] ^= 1;
        assertThrows(IOException.class, () -> PinyinTable.read(new ByteArrayInputStream(wrong)));
    }
}
