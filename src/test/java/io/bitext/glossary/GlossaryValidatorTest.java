package io.bitext.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryValidatorTest {

    private static Entry entry(String id, String en, List<String> admitted, List<String> forbidden, String zh, TermType type) {
        return new Entry(id, en, admitted, forbidden, zh, List.of(), List.of(), type, "", "", "test");
    }

    private static List<String> problems(Entry... entries) {
        return GlossaryValidator.validate(new Glossary(List.of(entries))).stream()
                .map(p -> p.entry() + ": " + p.message()).toList();
    }

    @Test
    void aChineseColumnInLatinLettersOnlyIsRejected() {
        assertEquals(List.of("andrej-karpathy: zh ‘Andre Karpathy’ has no Chinese, only Latin letters"),
                problems(entry("andrej-karpathy", "Andrej Karpathy", List.of(), List.of(), "Andre Karpathy", TermType.PERSON)));
        assertEquals(List.of(), problems(entry("karpathy", "Andrej Karpathy", List.of(), List.of(), "安德烈·卡帕西", TermType.PERSON)));
        assertEquals(List.of(), problems(entry("gpt-4", "GPT-4", List.of(), List.of(), "GPT-4 模型", TermType.MODEL)));
    }

    @Test
    void aFormClaimedByTwoEntriesIsRejected() {
        assertEquals(List.of("reasoning-b: ‘reasoning’ is also a form of reasoning-a"),
                problems(entry("reasoning-a", "reasoning", List.of(), List.of(), "推理", TermType.TERM),
                        entry("reasoning-b", "Reasoning model", List.of("reasoning"), List.of(), "推理模型", TermType.TERM)));
    }

    @Test
    void aWrongFormThatIsAnotherEntrysFormIsRejected() {
        assertEquals(List.of("asi: wrong form ‘AGI’ is a correct form of agi"),
                problems(entry("agi", "AGI", List.of(), List.of(), "通用人工智能", TermType.ABBREVIATION),
                        entry("asi", "ASI", List.of(), List.of("AGI"), "超级智能", TermType.ABBREVIATION)));
    }

    @Test
    void aWrongFormThatIsAnOrdinaryWordIsRejected() {
        assertEquals(List.of("asi: wrong form ‘intelligence’ is an ordinary English word"),
                problems(entry("asi", "ASI", List.of(), List.of("intelligence"), "超级智能", TermType.ABBREVIATION)));
        // a capitalised mishearing stays: the ordinary word in lower case is another form
        assertEquals(List.of(), problems(entry("claude", "Claude", List.of(), List.of("Cloud"), "", TermType.MODEL)));
    }

    @Test
    void theBuiltInGlossaryPasses() {
        List<GlossaryValidator.Problem> found = GlossaryValidator.validate(Glossary.builtIn());
        assertTrue(found.isEmpty(), found.toString());
    }
}
