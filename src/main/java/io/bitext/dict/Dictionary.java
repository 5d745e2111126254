package io.bitext.dict;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An English–Chinese dictionary: Chinese renderings, frequency ranks and inflections of English words,
 * from ECDICT (252,311 of its 770,611 headwords; {@code EcdictReader} says which are kept and why).
 *
 * <pre>{@code
 * Dictionary dictionary = Dictionary.english();          // reads the index on first use: ~20 ms of CPU
 * dictionary.translations("reasoning");                  // [推论, 推理, 论证]
 * dictionary.lemma("went");                              // "go"
 * dictionary.isCommonWord("stripe");                     // true: rank 6,292
 * dictionary.isCommonWord("Karpathy");                   // false: not a headword
 * dictionary.translationScore("reasoning", "推理");       // 1.0: a rendering
 * dictionary.translationScore("pre-training", "语言、常识与推理能力的来源");   // 0.0: an explanation
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads. The index is built from ECDICT's CSV when
 * the project is built ({@link IndexBuilder}) and shipped as the resource {@value #RESOURCE}.
 */
public final class Dictionary {
    /** The class-path resource {@link #english()} reads. */
    public static final String RESOURCE = "/io/bitext/dict/ecdict.bin";

    /**
     * The rank up to which {@link #isCommonWord(String)} calls a word common. The better of ECDICT's two
     * frequency lists (BNC, and a contemporary corpus) is used; up to 30,000 lies the vocabulary an
     * educated reader knows without thinking: {@code stripe} (6,292), {@code perplexity} (21,955),
     * {@code mistral} (29,469); beyond it begins the rare ({@code lex}, 37,657).
     */
    public static final int COMMON_RANK = 30_000;

    private final Index index;
    private final TranslationScorer scorer;

    private Dictionary(Index index) {
        this.index = index;
        this.scorer = new TranslationScorer(this);
    }

    /** The dictionary built into Bitext, read from {@value #RESOURCE} on the first call. */
    public static Dictionary english() {
        return Shipped.DICTIONARY;
    }

    /**
     * Starts reading the shipped dictionary on a background thread and returns at once, so that a
     * program that will need it later (a checker, after reading the note) finds it loaded. A lookup made
     * while it loads waits for it.
     */
    public static void preload() {
        Thread loader = new Thread(Dictionary::english, "dictionary-preload");
        loader.setDaemon(true);
        loader.start();
    }

    /** A dictionary read from an index file that {@link IndexBuilder} wrote. */
    public static Dictionary load(Path indexFile) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(indexFile), 1 << 16)) {
            return new Dictionary(Index.read(in));
        }
    }

    /** The number of headwords. */
    public int size() {
        return index.size();
    }

    /**
     * The entry for {@code word} as spelled, or else in other capitals ({@code Reasoning} finds
     * {@code reasoning}); empty for words the dictionary lacks and for {@code null} or blank input.
     */
    public Optional<DictEntry> lookup(String word) {
        if (word == null || word.isBlank()) {
            return Optional.empty();
        }
        return index.find(word);
    }

    /**
     * The Chinese renderings of {@code word}; for an inflected form without renderings of its own,
     * those of its lemma. Empty when the dictionary lacks the word.
     */
    public List<String> translations(String word) {
        Optional<DictEntry> entry = lookup(word);
        if (entry.isEmpty()) {
            return List.of();
        }
        if (entry.get().glosses().isEmpty() && entry.get().isInflected()) {
            Optional<DictEntry> lemma = lookup(entry.get().lemma());
            return lemma.isPresent() ? lemma.get().translations() : List.of();
        }
        return entry.get().translations();
    }

    /**
     * Whether {@code word} is an ordinary English word: it, or its lemma, is ranked within
     * {@value #COMMON_RANK} by frequency. A hyphenated compound that is a headword is as common as its
     * last part ({@code meta-analysis} like {@code analysis}). Names and terms the lists do not rank
     * ({@code Karpathy}, {@code RLHF}) are not common.
     */
    public boolean isCommonWord(String word) {
        return isCommonWord(word, COMMON_RANK);
    }

    /** {@link #isCommonWord(String)} with a threshold of the caller's choosing. */
    public boolean isCommonWord(String word, int maxRank) {
        Optional<DictEntry> entry = lookup(word);
        if (entry.isEmpty()) {
            return false;
        }
        if (ranksWithin(entry.get(), maxRank)) {
            return true;
        }
        String spelled = entry.get().word();
        int hyphen = spelled.lastIndexOf('-');
        if (hyphen > 0 && hyphen < spelled.length() - 1) {
            Optional<DictEntry> head = lookup(spelled.substring(hyphen + 1));
            return head.isPresent() && ranksWithin(head.get(), maxRank);
        }
        return false;
    }

    private boolean ranksWithin(DictEntry entry, int maxRank) {
        OptionalInt rank = entry.rank();
        if (rank.isEmpty() && entry.isInflected()) {
            Optional<DictEntry> lemma = lookup(entry.lemma());
            rank = lemma.isPresent() ? lemma.get().rank() : rank;
        }
        return rank.isPresent() && rank.getAsInt() <= maxRank;
    }

    /**
     * The word {@code word} is a form of ({@code models → model}, {@code went → go}), as the dictionary
     * spells it; {@code word} itself when it is a lemma or unknown.
     */
    public String lemma(String word) {
        Objects.requireNonNull(word, "word");
        Optional<DictEntry> entry = lookup(word);
        return entry.isPresent() ? entry.get().lemma() : word;
    }

    /**
     * How well {@code chinese} renders {@code english} (a word or short phrase), from 0 to 1, comparing
     * Han characters only. 1: it is one of the renderings ({@code reasoning / 推理}). 0.9 × shorter ÷
     * longer: one contains the other, so a rendering buried in an explanation scores low ({@code reasoning
     * / 从前提推出结论的推理过程} 0.15). Up to 0.5: characters shared. For a phrase, also up to 0.9 by how
     * much of {@code chinese} its words' renderings cover ({@code mixture of experts / 混合专家} 0.9,
     * {@code reward model / 模型} 0.45, the head noun alone). 0: nothing in common
     * ({@code pre-training / 语言、常识与推理能力的来源}), or the dictionary lacks every word.
     * Alternatives written with a slash ({@code 策略/政策}) are scored each, the best kept.
     */
    public double translationScore(String english, String chinese) {
        if (english == null || chinese == null) {
            return 0;
        }
        return scorer.score(english, chinese);
    }

    // No lambdas or streams on the paths a lookup takes: each one's first use builds method handles,
    // which a cold run of `bitext check` would pay for in tens of milliseconds.

    /** Holds the shipped dictionary: the JVM loads this class, and so the index, on first use only. */
    private static final class Shipped {
        static final Dictionary DICTIONARY = loadShipped();

        private static Dictionary loadShipped() {
            try (InputStream resource = Dictionary.class.getResourceAsStream(RESOURCE)) {
                if (resource == null) {
                    throw new IllegalStateException(RESOURCE + " is missing: the build did not write the index");
                }
                return new Dictionary(Index.read(resource));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }
}
