package io.bitext.term;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The scans that stand in for regular expressions on every phrase give what the expressions give. */
class PhraseScansTest {
    private static final List<String> PHRASES = List.of("", " ", "'", "’’", "reward model", "let’s solve it",
            "'quoted words here", "it's a  test\t", "a\tb\nc", "  two  spaces  ", "x\u000By\fz", "one",
            "we’re", "end'", "tab\t", "中文 and English", "no\u3000wide", "LLMs", "model s");

    @Test
    void wordCountIsTheNumberOfPiecesOfTheSplit() {
        Pattern wordBreak = Pattern.compile("[\\s’']+");
        for (String phrase : PHRASES) {
            assertEquals(wordBreak.split(phrase).length, DictionaryPhrases.wordCount(phrase), phrase);
        }
    }

    @Test
    void foldingIsTheReplacementOfEveryRunOfSpaces() {
        Pattern spaces = Pattern.compile("\\s+");
        for (String phrase : PHRASES) {
            assertEquals(spaces.matcher(phrase.strip()).replaceAll(" "), Plurals.folded(phrase), phrase);
        }
    }

    @Test
    void settledKeepsWhatDoesNotEndInAnS() {
        assertEquals("reward model", Plurals.settled("reward model"));
        assertEquals("LLM", Plurals.settled("LLMs"));
        assertEquals("loss", Plurals.settled("loss"));
        assertEquals(null, Plurals.settled("models"));
    }
}
