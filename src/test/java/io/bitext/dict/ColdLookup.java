package io.bitext.dict;

/**
 * What a fresh JVM pays for the dictionary, for {@code bench/dict.sh}: with no arguments it does nothing
 * (the baseline: the JVM's own start); with words, it loads the dictionary, looks each word up, scores it
 * against a rendering and prints the time from the first call to the last.
 */
public final class ColdLookup {
    private ColdLookup() {
    }

    public static void main(String[] words) {
        if (words.length == 0) {
            return;
        }
        long start = System.nanoTime();
        Dictionary dictionary = Dictionary.english();
        long loaded = System.nanoTime();
        int found = 0;
        double score = 0;
        for (String word : words) {
            found += dictionary.lookup(word).isPresent() ? 1 : 0;
            score += dictionary.translationScore(word, "推理");
        }
        long end = System.nanoTime();
        System.out.printf("load_ms=%.2f lookups_ms=%.2f words=%d found=%d score=%.2f%n",
                (loaded - start) / 1e6, (end - loaded) / 1e6, words.length, found, score);
    }
}
