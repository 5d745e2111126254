package io.bitext.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class InconsistentSpellingRuleTest {
    @Test
    void aCodeSpanHoldsAWordOfItsOwn() {
        assertTrue(InconsistentSpellingRule.standsAlone("npx subagent init", "subagent"));
        assertTrue(InconsistentSpellingRule.standsAlone("subagent.md", "subagent"));
        assertFalse(InconsistentSpellingRule.standsAlone("my-subagent", "subagent"));
        assertFalse(InconsistentSpellingRule.standsAlone("subagents", "subagent"));
    }

    @Test
    void standsAloneAsTheWholeStringPatternSays() {
        String chars = "ab-_1 .\n\r\u0085\u2028\u2029中\uD840\uDC00x";
        Random random = new Random(11);
        for (int t = 0; t < 20000; t++) {
            String code = text(random, chars, random.nextInt(12));
            String value = text(random, "ab-_ \n", 1 + random.nextInt(3));
            boolean expected = code.matches(".*(^|[^\\w-])" + Pattern.quote(value) + "($|[^\\w-]).*");
            assertEquals(expected, InconsistentSpellingRule.standsAlone(code, value), code + " / " + value);
        }
    }

    private static String text(Random random, String chars, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(chars.charAt(random.nextInt(chars.length())));
        }
        return text.toString();
    }
}
