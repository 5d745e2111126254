package io.bitext.text;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * English sentences from Apache OpenNLP's published sentence model, read from the classpath once, on
 * first use: only an English original (a transcript) is cut into sentences, so a plain check never
 * loads it. OpenNLP's {@code *ME} classes are not thread-safe, hence one detector per thread.
 */
public final class EnglishNlp {
    private static final String SENTENCES = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    private static final class Sentences {
        static final SentenceModel MODEL = load();
    }

    private static final ThreadLocal<EnglishNlp> PER_THREAD = ThreadLocal.withInitial(EnglishNlp::new);

    private SentenceDetectorME sentences;

    private EnglishNlp() {
    }

    public static EnglishNlp get() {
        return PER_THREAD.get();
    }

    /**
     * Starts loading the sentence model on a background thread, so that a command given a transcript
     * overlaps its loading with reading the note and the glossary.
     */
    public static void preloadInBackground() {
        Thread loader = new Thread(() -> {
            if (Sentences.MODEL == null) {
                throw new IllegalStateException("OpenNLP sentence model not loaded");
            }
        }, "opennlp-models");
        loader.setDaemon(true);
        loader.start();
    }

    private static SentenceModel load() {
        try (InputStream in = EnglishNlp.class.getClassLoader().getResourceAsStream(SENTENCES)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + SENTENCES + " is not on the classpath");
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new IllegalStateException("OpenNLP model " + SENTENCES + " cannot be read", e);
        }
    }

    /** Sentence spans of {@code text}. */
    public Span[] sentences(String text) {
        if (sentences == null) {
            sentences = new SentenceDetectorME(Sentences.MODEL);
        }
        return sentences.sentPosDetect(text);
    }
}
