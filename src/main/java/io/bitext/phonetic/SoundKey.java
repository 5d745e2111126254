package io.bitext.phonetic;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * English sound keys by Apache Commons Codec's Double Metaphone: {@code Erik} and {@code Eric},
 * {@code Less} and {@code Lessie} share a key, so a name heard and written another way is found.
 *
 * <pre>{@code
 * SoundKey.alike("Lessie", "Less"); // true
 * }</pre>
 */
public final class SoundKey {
    private static final ThreadLocal<DoubleMetaphone> CODEC = ThreadLocal.withInitial(() -> {
        DoubleMetaphone codec = new DoubleMetaphone();
        codec.setMaxCodeLen(8);
        return codec;
    });
    /**
     * The keys of the words met so far: a check compares each word of a note with many names, and the
     * same words come back in note after note of a run. Emptied when it grows past {@link #CACHED}, so
     * that a language server that runs for days holds no more than that.
     */
    private static final Map<String, Keys> KEYS = new ConcurrentHashMap<>();
    private static final int CACHED = 50_000;

    /** A word's primary and alternate keys, either null for a word without letters. */
    private record Keys(String primary, String alternate) {
    }

    private SoundKey() {
    }

    /** The primary key of a word; empty for a word without letters. */
    public static String of(String word) {
        String key = keys(word).primary();
        return key == null ? "" : key;
    }

    /** Whether the two words share a primary or alternate key. */
    public static boolean alike(String a, String b) {
        Keys ka = keys(a);
        if (ka.primary() == null || ka.primary().isEmpty()) {
            return false;
        }
        Keys kb = keys(b);
        return Objects.equals(ka.primary(), kb.primary()) || Objects.equals(ka.alternate(), kb.alternate());
    }

    private static Keys keys(String word) {
        Keys keys = KEYS.get(word);
        if (keys == null) {
            DoubleMetaphone codec = CODEC.get();
            keys = new Keys(codec.doubleMetaphone(word), codec.doubleMetaphone(word, true));
            if (KEYS.size() >= CACHED) {
                KEYS.clear();
            }
            KEYS.put(word, keys);
        }
        return keys;
    }
}
