package io.bitext.term;

import io.bitext.dict.DictEntry;
import io.bitext.dict.Dictionary;
import io.bitext.dict.Gloss;
import io.bitext.dict.Inflection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells terms from quoted sentences, and singularises terms, with closed-class word lists and the
 * dictionary's inflections instead of a statistical tagger: a phrase kept in a note is either a noun
 * phrase or a clause, and what marks a clause in two to six words is a pronoun, an auxiliary or a
 * leading verb with its object. Loading no model keeps a check's start short; on real notes the
 * answers agree with OpenNLP's tagger and lemmatizer ({@code PhrasesAgreementTest}).
 *
 * <pre>{@code
 * EnglishPhrases phrases = new DictionaryPhrases();
 * phrases.isQuote("let’s solve it step by step");   // true
 * phrases.normalize("reward models");                // "reward model"
 * }</pre>
 */
final class DictionaryPhrases implements EnglishPhrases {
    /** Words, clitics ({@code n't}, {@code 's}) and single punctuation marks, as an English tokenizer cuts them. */
    private static final Pattern TOKEN = Pattern.compile(
            "(?i)[A-Za-z]+(?=n[’']t\\b)|n[’']t\\b|[’'](?:s|re|ve|ll|d|m)\\b|[A-Za-z0-9]+(?:[-.][A-Za-z0-9]+)*|\\S");

    /** Universal Dependencies PRON: personal, possessive, reflexive, interrogative and indefinite pronouns. */
    private static final Set<String> PRONOUNS = Set.of("i", "me", "my", "mine", "myself", "you", "your", "yours",
            "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its",
            "itself", "we", "us", "our", "ours", "ourselves", "they", "them", "their", "theirs", "themselves", "who",
            "whom", "whose", "what", "something", "anything", "everything", "nothing", "someone", "anyone",
            "everyone", "somebody", "anybody", "everybody", "nobody", "’s", "'s");
    /** Universal Dependencies AUX: forms of be, modal verbs and their clitics. */
    private static final Set<String> AUXILIARIES = Set.of("be", "am", "is", "are", "was", "were", "been", "being",
            "will", "would", "can", "could", "shall", "should", "may", "might", "must", "ca", "wo", "’re", "'re",
            "’m", "'m", "’ve", "'ve", "’ll", "'ll", "’d", "'d", "do", "does", "did", "has", "have", "had");
    /** What follows a verb that opens a clause: its object's determiner or a pronoun. */
    private static final Set<String> OBJECT_OPENERS = Set.of("the", "a", "an", "this", "that", "these", "those",
            "your", "my", "our", "their", "its", "his", "her", "it", "them", "me", "us", "you", "some", "any",
            "more", "less", "up", "out", "down", "into", "to", "from", "with", "by", "on", "in", "for", "as", "at");

    private final Dictionary dictionary;
    private final Map<String, Boolean> quotes = new HashMap<>();
    private final Map<String, String> normalized = new HashMap<>();

    DictionaryPhrases() {
        this(Dictionary.english());
    }

    DictionaryPhrases(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    @Override
    public boolean isQuote(String phrase) {
        return quotes.computeIfAbsent(phrase, this::judge);
    }

    private boolean judge(String phrase) {
        String trimmed = phrase.strip();
        if (!trimmed.isEmpty() && ".!?".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0 && trimmed.contains(" ")) {
            return true;
        }
        int words = wordCount(trimmed);
        if (words < 3) {
            return false; // two words or fewer are never a sentence here
        }
        if (words >= 7) {
            return true; // seven words are a sentence, not a name
        }
        List<String> tokens = tokens(trimmed);
        if (tokens.size() >= 7) {
            return true;
        }
        if (tokens.size() < 3) {
            return false;
        }
        for (String token : tokens) {
            String lower = token.toLowerCase(Locale.ROOT);
            if (PRONOUNS.contains(lower) || AUXILIARIES.contains(lower)) {
                return true;
            }
        }
        return !Character.isUpperCase(trimmed.charAt(0)) && isVerb(tokens.get(0).toLowerCase(Locale.ROOT))
                && OBJECT_OPENERS.contains(tokens.get(1).toLowerCase(Locale.ROOT));
    }

    /**
     * How many pieces {@code text.split("[\\s’']+")} gives, counted without making them: a
     * leading break makes an empty first piece, trailing ones make none, and text of breaks only none.
     */
    static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean isBreak = isWordBreak(text.charAt(i));
            words += !isBreak && !inWord ? 1 : 0;
            inWord = !isBreak;
        }
        if (text.isEmpty()) {
            return 1;
        }
        return words == 0 ? 0 : words + (isWordBreak(text.charAt(0)) ? 1 : 0);
    }

    private static boolean isWordBreak(char c) {
        return c == '’' || c == '\'' || Plurals.isSpace(c);
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /**
     * Whether the word is a verb: a base form the dictionary gives a past tense or a verb's label, one
     * of its participles ({@code answering}), or an unknown word with a participle's ending
     * ({@code preprocessed}).
     */
    private boolean isVerb(String lower) {
        Optional<DictEntry> entry = dictionary.lookup(lower);
        if (entry.isEmpty()) {
            return lower.length() > 5 && (lower.endsWith("ed") || lower.endsWith("ing"));
        }
        if (entry.get().isInflected()) {
            return (entry.get().formOf().contains(Inflection.PRESENT_PARTICIPLE)
                    || entry.get().formOf().contains(Inflection.PAST_PARTICIPLE)) && isVerb(entry.get().lemma());
        }
        if (entry.get().forms().containsKey(Inflection.PAST)) {
            return true;
        }
        for (Gloss gloss : entry.get().glosses()) {
            if (gloss.tag().startsWith("v")) {
                return true;
            }
        }
        return false;
    }

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
        List<String> tokens = tokens(trimmed);
        String token = tokens.get(tokens.size() - 1);
        if (!trimmed.endsWith(token) || tokens.size() > 1 && isClauseWord(tokens.get(tokens.size() - 2))) {
            return trimmed;
        }
        String lower = token.toLowerCase(Locale.ROOT);
        String lemma = pluralOf(lower);
        if (lemma == null) {
            return trimmed;
        }
        String singular = Character.isUpperCase(token.charAt(0))
                ? Character.toUpperCase(lemma.charAt(0)) + lemma.substring(1) : lemma;
        return trimmed.substring(0, trimmed.length() - token.length()) + singular;
    }

    /** A pronoun before the last word makes it a verb ({@code it works}), not a plural noun. */
    private static boolean isClauseWord(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        return PRONOUNS.contains(lower) || AUXILIARIES.contains(lower);
    }

    /**
     * The singular of a plural noun, else null: the dictionary's lemma when the word is its plural
     * ({@code models}), the word without its s when that is a headword of its own ({@code cookies} →
     * {@code cookie}, where the dictionary's lemma is {@code cooky}), and for a word it does not know,
     * a compound's regular plural ({@code subwords}).
     */
    private String pluralOf(String lower) {
        String stem = lower.substring(0, lower.length() - 1);
        Optional<DictEntry> entry = dictionary.lookup(lower);
        if (entry.isEmpty()) {
            boolean regular = lower.length() >= 5 && "suiy'’".indexOf(stem.charAt(stem.length() - 1)) < 0
                    && lower.chars().allMatch(c -> c >= 'a' && c <= 'z');
            return regular ? stem : null;
        }
        if (!entry.get().formOf().contains(Inflection.PLURAL)) {
            return null;
        }
        String lemma = entry.get().lemma();
        if (lower.equals(lemma + "s") || lower.equals(lemma + "es")) {
            return lemma;
        }
        Optional<DictEntry> bare = dictionary.lookup(stem);
        if (bare.isPresent() && !bare.get().isInflected()) {
            return stem;
        }
        boolean regular = !lemma.equals(lower) && lower.startsWith(lemma.substring(0, Math.max(1, lemma.length() - 1)));
        return regular ? lemma : null;
    }
}
