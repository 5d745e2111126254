package io.bitext.term;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * The statistical judge of English phrases the term extractor used before {@link DictionaryPhrases}:
 * OpenNLP's Universal Dependencies tagger and lemmatizer. Kept as the reference the dictionary's
 * judgement is compared with on real notes ({@code PhrasesAgreementTest}).
 */
final class OpenNlpPhrases implements EnglishPhrases {
    private static final Set<String> CLAUSE_TAGS = Set.of("PRON", "AUX");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s’']+");
    private final Map<String, Analysis> cache = new HashMap<>();
    private final Map<String, String> normalized = new HashMap<>();

    private Analysis analyse(String phrase) {
        return cache.computeIfAbsent(phrase, p -> analyseNow(p));
    }

    /** Sentences and clauses: a pronoun or auxiliary, a leading verb, final punctuation, or length. */
    @Override
    public boolean isQuote(String phrase) {
        String trimmed = phrase.strip();
        if (!trimmed.isEmpty() && ".!?".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0 && trimmed.contains(" ")) {
            return true;
        }
        int words = WORD_BREAK.split(trimmed).length;
        if (words < 3) {
            return false; // two words or fewer are never a sentence here; spares the tagger most terms
        }
        if (words >= 7) {
            return true; // as the tagger would say (see below), without tagging a paragraph of English
        }
        Analysis analysis = analyse(trimmed);
        if (analysis.size() >= 7) {
            return true;
        }
        if (analysis.size() < 3) {
            return false;
        }
        for (String tag : analysis.tags()) {
            for (String part : tag.split("\\+")) {
                if (CLAUSE_TAGS.contains(part)) {
                    return true;
                }
            }
        }
        return analysis.tags()[0].equals("VERB") && !Character.isUpperCase(trimmed.charAt(0));
    }

    /** The phrase with its head noun in the singular; acronym plurals ({@code LLMs}) too. */
    @Override
    public String normalize(String phrase) {
        return normalized.computeIfAbsent(phrase, this::singular);
    }

    private String singular(String phrase) {
        String trimmed = Plurals.folded(phrase);
        String settled = Plurals.settled(trimmed);
        if (settled != null) {
            return settled;
        }
        Analysis analysis = analyse(trimmed);
        int last = analysis.size() - 1;
        if (!analysis.tags()[last].equals("NOUN")) {
            return trimmed;
        }
        String token = analysis.tokens()[last];
        String lower = token.toLowerCase(Locale.ROOT);
        // a lone capitalised word (a heading's Categories) is lemmatized as the lower-case word the model
        // knows: as it stands, the model strips its s and leaves categorie
        boolean titleWord = analysis.size() == 1 && token.length() > 1 && token.substring(1).equals(lower.substring(1));
        String lemma = titleWord
                ? lemma(new Analysis(new String[] {lower}, analysis.tags()), 0)
                : lemma(analysis, last);
        boolean pluralNoun = !lemma.equals(lower)
                && lower.startsWith(lemma.substring(0, Math.max(1, lemma.length() - 1)));
        if (!pluralNoun || !trimmed.endsWith(token)) {
            return trimmed;
        }
        String singular = Character.isUpperCase(token.charAt(0))
                ? Character.toUpperCase(lemma.charAt(0)) + lemma.substring(1) : lemma;
        return trimmed.substring(0, trimmed.length() - token.length()) + singular;
    }

    private static final class Models {
        static final TokenizerModel TOKENS = load("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
        static final POSModel TAGS = load("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
        static final LemmatizerModel LEMMAS = load("opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin", LemmatizerModel::new);
    }

    @FunctionalInterface
    private interface ModelFactory<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelFactory<M> factory) {
        try (InputStream in = OpenNlpPhrases.class.getClassLoader().getResourceAsStream(resource)) {
            return factory.read(in);
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
    }

    private final TokenizerME tokenizer = new TokenizerME(Models.TOKENS);
    private final POSTaggerME tagger = new POSTaggerME(Models.TAGS);
    private final LemmatizerME lemmatizer = new LemmatizerME(Models.LEMMAS);

    private Analysis analyseNow(String phrase) {
        String[] tokens = Span.spansToStrings(tokenizer.tokenizePos(phrase), phrase);
        return new Analysis(tokens, tagger.tag(tokens));
    }

    private String lemma(Analysis analysis, int index) {
        return lemmatizer.lemmatize(analysis.tokens(), analysis.tags())[index];
    }

    private record Analysis(String[] tokens, String[] tags) {
        int size() {
            return tokens.length;
        }

        @Override
        public String toString() {
            return Arrays.toString(tokens) + Arrays.toString(tags);
        }
    }
}
