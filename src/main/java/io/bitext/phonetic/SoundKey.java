package io.bitext.phonetic;

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

    private SoundKey() {
    }

    /** The primary key of a word; empty for a word without letters. */
    public static String of(String word) {
        String key = CODEC.get().doubleMetaphone(word);
        return key == null ? "" : key;
    }

    /** Whether the two words share a primary or alternate key. */
    public static boolean alike(String a, String b) {
        DoubleMetaphone codec = CODEC.get();
        return !of(a).isEmpty() && (codec.isDoubleMetaphoneEqual(a, b) || codec.isDoubleMetaphoneEqual(a, b, true));
    }
}
