package io.bitext.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * English sentences, tokens, part-of-speech tags (Universal Dependencies tags) and lemmas from
 * Apache OpenNLP's published English models, read from the classpath. Models load once, on first
 * use, so commands that never look at English do not pay for them. OpenNLP's {@code *ME} classes are
 * not thread-safe, hence one set per thread.
 */
public final class EnglishNlp {
    private static final String SENTENCES = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    /*
     * Each model loads once, on first use, in a holder of its own: the term extractor needs the
     * tokenizer and the tagger, the lemmatizer only for the odd plural, and the sentence detector
     * only for a transcript. The taggers built from them are made once per thread.
     */
    private static final class Sentences {
        static final SentenceModel MODEL = load(SENTENCES, SentenceModel::new);
    }

    private static final class Tokens {
        static final TokenizerModel MODEL = load(TOKENS, TokenizerModel::new);
    }

    private static final class Tags {
        static final POSModel MODEL = load(POS, POSModel::new);
    }

    private static final class Lemmas {
        static final LemmatizerModel MODEL = load(LEMMAS, LemmatizerModel::new);
    }

    private static final ThreadLocal<EnglishNlp> PER_THREAD = ThreadLocal.withInitial(EnglishNlp::new);

    /**
     * Analyses and lemmas already computed on this thread, most recently used kept: a language server
     * checks the same note again at every pause in typing, and a batch's notes share most of their
     * terms, so the tagger and the lemmatizer see each phrase once. Both are deterministic.
     */
    private final Map<String, Analysis> analysed = lru(4096);
    private final Map<String, String> lemmas = lru(4096);

    private SentenceDetectorME sentences;
    private TokenizerME tokenizer;
    private POSTaggerME tagger;
    private LemmatizerME lemmatizer;

    private EnglishNlp() {
    }

    public static EnglishNlp get() {
        return PER_THREAD.get();
    }

    /**
     * Starts loading the models a note needs (tokenizer, tagger, then lemmatizer) on a background
     * thread, so that a command which will need them overlaps their loading with reading the note and
     * the glossary. The lemmatizer comes last: only a note with a plural term needs it, and most do, by
     * the time the main thread reaches its terms.
     */
    public static void preloadInBackground() {
        Thread loader = new Thread(() -> {
            if (Tokens.MODEL == null || Tags.MODEL == null || Lemmas.MODEL == null) {
                throw new IllegalStateException("OpenNLP models not loaded");
            }
        }, "opennlp-models");
        loader.setDaemon(true);
        loader.start();
    }

    @FunctionalInterface
    private interface ModelFactory<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelFactory<M> factory) {
        try (InputStream in = EnglishNlp.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
            }
            return factory.read(in);
        } catch (IOException e) {
            throw new IllegalStateException("OpenNLP model " + resource + " cannot be read", e);
        }
    }

    /** Sentence spans of {@code text}. */
    public Span[] sentences(String text) {
        if (sentences == null) {
            sentences = new SentenceDetectorME(Sentences.MODEL);
        }
        return sentences.sentPosDetect(text);
    }

    /** Token spans of {@code text}. */
    public Span[] tokens(String text) {
        return tokenizer().tokenizePos(text);
    }

    /**
     * Tokens and tags of a short English phrase. Lemmas are left for {@link #lemma}: the lemmatizer
     * weighs every edit script it knows for every token, which costs more than tagging, and a caller
     * rarely needs more than one lemma.
     */
    public Analysis analyse(String phrase) {
        Analysis known = analysed.get(phrase);
        if (known == null) {
            known = analyseNow(phrase);
            analysed.put(phrase, known);
        }
        return known;
    }

    private Analysis analyseNow(String phrase) {
        Span[] spans = tokenizer().tokenizePos(phrase);
        String[] tokens = Span.spansToStrings(spans, phrase);
        if (tagger == null) {
            tagger = new POSTaggerME(Tags.MODEL);
        }
        return new Analysis(tokens, tagger.tag(tokens));
    }

    /**
     * The lemma of the token at {@code index} of an analysed phrase. The whole phrase is lemmatized:
     * alone, a title's {@code Dynamics} would lose its s.
     */
    public String lemma(Analysis analysis, int index) {
        String key = String.join(" ", analysis.tokens()) + "\t" + String.join(" ", analysis.tags()) + "\t" + index;
        String known = lemmas.get(key);
        if (known == null) {
            if (lemmatizer == null) {
                lemmatizer = new LemmatizerME(Lemmas.MODEL);
            }
            known = lemmatizer.lemmatize(analysis.tokens(), analysis.tags())[index];
            lemmas.put(key, known);
        }
        return known;
    }

    private static <V> Map<String, V> lru(int capacity) {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }

    private TokenizerME tokenizer() {
        if (tokenizer == null) {
            tokenizer = new TokenizerME(Tokens.MODEL);
        }
        return tokenizer;
    }

    /**
     * Tokens of a phrase with their Universal Dependencies tags ({@code NOUN}, {@code VERB}, {@code AUX},
     * {@code PRON}, …).
     */
    public record Analysis(String[] tokens, String[] tags) {
        public int size() {
            return tokens.length;
        }

        @Override
        public String toString() {
            return Arrays.toString(tokens) + Arrays.toString(tags);
        }
    }
}
