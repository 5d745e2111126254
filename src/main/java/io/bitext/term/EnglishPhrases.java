package io.bitext.term;

import io.bitext.text.EnglishNlp;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an English phrase kept in a note is: a term (normalised to its lemma form, {@code policies} →
 * {@code policy}, {@code scale-up runs} → {@code scale-up run}) or a quoted sentence
 * ({@code let’s solve it step by step}). Uses OpenNLP's tags and lemmas; results are cached because
 * notes repeat their terms.
 */
final class EnglishPhrases {
    private static final Set<String> CLAUSE_TAGS = Set.of("PRON", "AUX");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s’']+");
    private static final Pattern ACRONYM_PLURAL = Pattern.compile(".*\\b[A-Z][A-Z0-9]+s");
    private final Map<String, EnglishNlp.Analysis> cache = new HashMap<>();
    private final Map<String, String> normalized = new HashMap<>();

    private EnglishNlp.Analysis analyse(String phrase) {
        return cache.computeIfAbsent(phrase, p -> EnglishNlp.get().analyse(p));
    }

    /** Sentences and clauses: a pronoun or auxiliary, a leading verb, final punctuation, or length. */
    boolean isQuote(String phrase) {
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
        EnglishNlp.Analysis analysis = analyse(trimmed);
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
    String normalize(String phrase) {
        return normalized.computeIfAbsent(phrase, this::singular);
    }

    private String singular(String phrase) {
        String trimmed = SPACES.matcher(phrase.strip()).replaceAll(" ");
        if (ACRONYM_PLURAL.matcher(trimmed).matches()) {
            return trimmed.substring(0, trimmed.length() - 1);
        }
        if (!trimmed.endsWith("s") || trimmed.endsWith("ss")) {
            return trimmed;
        }
        EnglishNlp.Analysis analysis = analyse(trimmed);
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
                ? EnglishNlp.get().lemma(new EnglishNlp.Analysis(new String[] {lower}, analysis.tags()), 0)
                : EnglishNlp.get().lemma(analysis, last);
        boolean pluralNoun = !lemma.equals(lower)
                && lower.startsWith(lemma.substring(0, Math.max(1, lemma.length() - 1)));
        if (!pluralNoun || !trimmed.endsWith(token)) {
            return trimmed;
        }
        String singular = Character.isUpperCase(token.charAt(0))
                ? Character.toUpperCase(lemma.charAt(0)) + lemma.substring(1) : lemma;
        return trimmed.substring(0, trimmed.length() - token.length()) + singular;
    }
}
