package io.bitext.phonetic;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Toneless pinyin of Chinese characters, one syllable per character, through ICU4J's Han–Latin
 * transliterator. Speech recognition writes a name by its sound, so two names whose characters differ
 * but whose syllables match are one name heard twice.
 *
 * <pre>{@code
 * Pinyin.syllables("于北川");   // [yu, bei, chuan]
 * Pinyin.close("俞伟川", "于北川"); // true: one syllable differs by one letter
 * }</pre>
 */
public final class Pinyin {
    /**
     * One transliterator for the process, made on first use, for a character the build's table does
     * not hold: building one compiles ICU's rules, which costs more than every lookup of a note
     * together, and a batch checks its notes on many threads. Calls are serialised; the cache below
     * makes them rare.
     */
    private static final class Han {
        static final Transliterator INSTANCE = transliterator();

        static synchronized String syllable(int codePoint) {
            return transliterate(INSTANCE, codePoint);
        }
    }

    /** The table the build made: the syllable of each Chinese character, without ICU's rules. */
    private static final class Table {
        static final PinyinTable SHIPPED = PinyinTable.shipped();
    }

    private Pinyin() {
    }

    static Transliterator transliterator() {
        return Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower");
    }

    /** One character's reading: what the table holds and what ICU answers are made by this one call. */
    static String transliterate(Transliterator han, int codePoint) {
        return han.transliterate(new String(Character.toChars(codePoint))).trim();
    }

    /**
     * Each character's syllable once per process: a rule compares a speaker's name with every window of
     * a title. A note holds a few thousand distinct characters at most, and the readings never change.
     */
    private static final Map<Integer, String> SYLLABLE = new ConcurrentHashMap<>();

    private static String syllable(int codePoint) {
        String known = Table.SHIPPED.syllable(codePoint);
        return known != null ? known : Han.syllable(codePoint);
    }

    /** One toneless syllable per code point of {@code han}; a character without a reading stands for itself. */
    public static List<String> syllables(String han) {
        List<String> out = new ArrayList<>();
        han.codePoints().forEach(cp -> out.add(SYLLABLE.computeIfAbsent(cp, Pinyin::syllable)));
        return out;
    }

    /**
     * Whether two names of the same length sound alike: every syllable equal save at most one, which
     * differs by a single letter ({@code wei}/{@code bei}), and the names are not written alike.
     */
    public static boolean close(String a, String b) {
        if (a.equals(b) || a.codePointCount(0, a.length()) != b.codePointCount(0, b.length())) {
            return false;
        }
        List<String> x = syllables(a);
        List<String> y = syllables(b);
        int near = 0;
        for (int i = 0; i < x.size(); i++) {
            if (x.get(i).equals(y.get(i))) {
                continue;
            }
            if (++near > 1 || Edits.distance(x.get(i), y.get(i)) > 1) {
                return false;
            }
        }
        return true;
    }
}
