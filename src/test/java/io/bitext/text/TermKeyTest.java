package io.bitext.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TermKeyTest {

    @Test
    void spellingsOfOneTermShareAKey() {
        assertEquals("pretraining", TermKey.of("Pre-training"));
        assertEquals(TermKey.of("pre training"), TermKey.of("pre_training"));
        assertEquals("o3", TermKey.of("O3"));
    }

    @Test
    void fullWidthFormsAreFoldedToTheirAsciiKey() {
        assertEquals(TermKey.of("GPT-4o"), TermKey.of("ＧＰＴ－４ｏ"));
        assertEquals("rlhf", TermKey.of("ＲＬＨＦ"));
    }
}
