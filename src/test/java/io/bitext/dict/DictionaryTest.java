package io.bitext.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Lookups in the dictionary the build wrote from ECDICT. */
class DictionaryTest {
    private final Dictionary dictionary = Dictionary.english();

    @Test
    void rendersTermsOfTheNotes() {
        assertTrue(dictionary.translations("reasoning").contains("推理"), dictionary.translations("reasoning").toString());
        assertTrue(dictionary.translations("policy").containsAll(List.of("策略", "政策")));
        assertTrue(dictionary.translations("reward").contains("报酬"));
        assertTrue(dictionary.translations("Karpathy").isEmpty());
    }

    @Test
    void keepsPartOfSpeechAsTag() {
        DictEntry policy = dictionary.lookup("policy").orElseThrow();
        assertEquals(new Gloss("政策", "n."), policy.glosses().get(0));
        assertTrue(policy.glosses().get(0).hasPartOfSpeech());
    }

    @Test
    void findsOtherCapitalsOnlyWhenTheSpellingIsMissing() {
        assertEquals("reasoning", dictionary.lookup("Reasoning").orElseThrow().word());
        assertEquals("reasoning", dictionary.lookup("  REASONING ").orElseThrow().word());
        assertEquals("Transformers", dictionary.lookup("Transformers").orElseThrow().word());
        assertEquals("transformers", dictionary.lookup("transformers").orElseThrow().word());
        assertTrue(dictionary.lookup("").isEmpty());
        assertTrue(dictionary.lookup(null).isEmpty());
    }

    @Test
    void lemmatisesFromTheExchangeColumn() {
        assertEquals("model", dictionary.lemma("models"));
        assertEquals("model", dictionary.lemma("Models"));
        assertEquals("go", dictionary.lemma("went"));
        assertEquals("model", dictionary.lemma("modelled"));
        assertEquals("policy", dictionary.lemma("policy"));
        assertEquals("Karpathy", dictionary.lemma("Karpathy"));
        DictEntry go = dictionary.lookup("go").orElseThrow();
        assertEquals("went", go.forms().get(Inflection.PAST));
        assertEquals("gone", go.forms().get(Inflection.PAST_PARTICIPLE));
        assertTrue(dictionary.lookup("models").orElseThrow().formOf().contains(Inflection.PLURAL));
    }

    @Test
    void inflectedFormsWithoutRenderingsBorrowTheLemmas() {
        assertTrue(dictionary.lookup("transformers").orElseThrow().glosses().isEmpty());
        assertTrue(dictionary.translations("transformers").contains("变压器"));
    }

    @Test
    void tellsOrdinaryWordsFromNames() {
        assertTrue(dictionary.isCommonWord("stripe"));
        assertTrue(dictionary.isCommonWord("stripes"), "by its lemma's rank");
        assertTrue(dictionary.isCommonWord("meta-analysis"), "by its head");
        assertFalse(dictionary.isCommonWord("Karpathy"));
        assertFalse(dictionary.isCommonWord("meta"), "a headword, but unranked");
        assertFalse(dictionary.isCommonWord("lex"), "ranked beyond the threshold");
        assertTrue(dictionary.isCommonWord("lex", 40_000));
    }

    @Test
    void scoresTranslationsAboveExplanations() {
        double translation = dictionary.translationScore("reasoning", "推理");
        double explanation = dictionary.translationScore("pre-training", "语言、常识与推理能力的来源");
        assertEquals(1.0, translation);
        assertTrue(explanation < 0.2, "explanation " + explanation);
        assertTrue(dictionary.translationScore("reasoning", "从前提推出结论的推理过程") < 0.5,
                "a rendering inside an explanation");
        assertTrue(dictionary.translationScore("reasoning", "推理（reasoning）") == 1.0, "only Han counts");
        assertEquals(0.0, dictionary.translationScore("policy", "原话"));
    }

    @Test
    void scoresPhrasesByTheirWords() {
        assertTrue(dictionary.translationScore("mixture of experts", "混合专家") >= 0.9);
        double reward = dictionary.translationScore("reward model", "奖励模型");
        double headOnly = dictionary.translationScore("reward model", "模型");
        assertTrue(reward > headOnly && headOnly > 0, reward + " vs " + headOnly);
        assertTrue(dictionary.translationScore("fine-tuning", "微调") >= 0.9, "via the spelling fine tuning");
        assertTrue(dictionary.translationScore("policy", "策略/政策") == 1.0);
    }

    @Test
    void isOneInstanceSharedBetweenThreads() throws Exception {
        Dictionary.preload();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Dictionary>> loads = pool.invokeAll(
                    List.of(Dictionary::english, Dictionary::english, Dictionary::english, Dictionary::english));
            for (Future<Dictionary> load : loads) {
                assertSame(dictionary, load.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
