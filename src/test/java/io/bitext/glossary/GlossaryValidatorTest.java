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

    private static Entry sourced(String id, String source, String status) {
        return new Entry(id, id, List.of(), List.of(), "", List.of(), List.of(), TermType.ORGANIZATION, "", status,
                "test", source);
    }

    @Test
    void aSourceMustBeAWebAddressAndIsRequiredOnCuratedRowsWhenAsked() {
        List<String> problems = GlossaryValidator.validate(new Glossary(List.of(sourced("mistral", "en.wikipedia.org", ""))))
                .stream().map(GlossaryValidator.Problem::message).toList();
        assertEquals(List.of("source ‘en.wikipedia.org’ is not an http(s) address"), problems);
        Glossary unsourced = new Glossary(List.of(sourced("mistral", "", ""), sourced("mistral-candidate", "", "candidate")));
        assertEquals(List.of(), GlossaryValidator.validate(unsourced));
        assertEquals(List.of("mistral: no source: name the page that shows its spelling"),
                GlossaryValidator.validate(unsourced, true).stream().map(p -> p.entry() + ": " + p.message()).toList());
        assertEquals(List.of(), GlossaryValidator.validate(
                new Glossary(List.of(sourced("mistral", "https://mistral.ai/news/about-mistral-ai", ""))), true));
    }

    @Test
    void theBuiltInGlossaryPassesWithASourceOnEveryRow() {
        List<GlossaryValidator.Problem> found = GlossaryValidator.validate(Glossary.builtIn(), true);
        assertTrue(found.isEmpty(), found.toString());
    }
}
