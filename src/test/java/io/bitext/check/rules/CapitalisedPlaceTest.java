package io.bitext.check.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Capitals English puts on a word by its place, which a casing rule must not hold against the writer. */
class CapitalisedPlaceTest {

    private static boolean explained(String text, String word) {
        int at = text.indexOf(word);
        return CapitalisedPlace.explains(text, at, at + word.length());
    }

    @Test
    void theFirstWordOfALineAListItemAHeadingOrASentence() {
        assertTrue(explained("1. Token numbers", "Token"));
        assertTrue(explained("intro\n- Token 定义区分", "Token"));
        assertTrue(explained("### 1. Prompt技巧", "Prompt"));
        assertTrue(explained("这样就够了。Prompt 是关键", "Prompt"));
        assertTrue(explained("It works. Prompt first.", "Prompt"));
    }

    @Test
    void aWordOfARunOfCapitalisedWords() {
        assertTrue(explained("集成 GitHub Actions 实现", "Actions"));
        assertTrue(explained("Azure Diarization API 版本", "Diarization"));
        assertTrue(explained("（The Rise of Agentic Inference）", "Agentic"));
    }

    @Test
    void aCapitalInTheMiddleOfAChineseSentenceIsTheWritersOwn() {
        assertFalse(explained("再调用专用 Prompt 生成总结", "Prompt"));
        assertFalse(explained("受Context Window的限制", "Context Window"));
        assertFalse(explained("inner monologue（system 2）", "system 2"), "a lower-case word is not a capital's place");
    }

    @Test
    void aTitleSetInCapitalsThroughout() {
        String title = "\t\t3. MASKED STRUCTURAL GROWTH FOR 2X FASTER LANGUAGE MODEL PRE-TRAINING";
        int at = title.indexOf("GROWTH");
        assertTrue(CapitalisedPlace.inCapitalsTitle(title, at, at + 6));
        String acronyms = "受 MOE 与 LLM 影响";
        assertFalse(CapitalisedPlace.inCapitalsTitle(acronyms, acronyms.indexOf("MOE"), acronyms.indexOf("MOE") + 3));
        String pair = "用 GPU TPU 训练";
        assertFalse(CapitalisedPlace.inCapitalsTitle(pair, pair.indexOf("TPU"), pair.indexOf("TPU") + 3), "two words are no title");
    }
}
