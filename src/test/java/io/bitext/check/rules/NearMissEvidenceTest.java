package io.bitext.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bitext.align.Aligner;
import io.bitext.check.CheckConfig;
import io.bitext.check.Checker;
import io.bitext.glossary.Glossary;
import io.bitext.glossary.TsvGlossary;
import io.bitext.note.Note;
import io.bitext.note.NoteReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The evidence that makes a near-miss of a catalog name a finding, on invented text: words of the
 * name written exactly, names of the same family nearby, a domain without its scheme, a split or
 * joined form no list names; and the same words kept quiet where nothing speaks for a name.
 */
class NearMissEvidenceTest {
    private static final Checker BUILT_IN = new Checker(Glossary.builtIn());

    private static List<String> found(Checker checker, String body, String... rules) {
        Note note = NoteReader.parse("t.md", "## 全文\n### 话题（00:00:01 - 00:00:09）\n" + body + "\n");
        return checker.check(note, Aligner.align(note), CheckConfig.defaults(), Set.of(rules)).findings().stream()
                .map(f -> f.location().text() + "→" + f.replacements().get(0).text()).toList();
    }

    private static List<String> nearMisses(String body) {
        return found(BUILT_IN, body, "asr.near-miss");
    }

    @Test
    void theExactWordsOfANameMakeTheMisheardOneAFinding() {
        assertEquals(List.of("Lama 3→Llama 3"), nearMisses("**Ann**：这次用的是 Lama 3。"));
        assertEquals(List.of("Hugging Phase→Hugging Face"), nearMisses("**Ann**：权重在 Hugging Phase 上。"));
    }

    private static io.bitext.check.Finding only(String text) {
        Note note = NoteReader.parse("t.md", text);
        List<io.bitext.check.Finding> findings = BUILT_IN.check(note, Aligner.align(note), CheckConfig.defaults(),
                Set.of("asr.near-miss")).findings();
        assertEquals(1, findings.size(), findings.toString());
        return findings.get(0);
    }

    @Test
    void theNoteWritingTheNameItselfRaisesTheFindingAndSaysWhere() {
        io.bitext.check.Finding titled = only("## 封面\n- 标题：对谈 John Schulman\n## 全文\n### 话题（00:00:01 - 00:00:09）\n"
                + "**Ann**：今天请到 Jon Shulman。\n");
        assertEquals(io.bitext.check.Severity.ERROR, titled.severity(), titled.toString());
        assertEquals(List.of("catalog", "title"), titled.evidence().stream().map(io.bitext.check.Evidence::kind)
                .filter(k -> !k.equals("dictionary")).toList());
        io.bitext.check.Finding alone = only("## 全文\n### 话题（00:00:01 - 00:00:09）\n**Ann**：今天请到 Jon Shulman。\n");
        assertEquals(io.bitext.check.Severity.INFO, alone.severity(), "no other sign of the name: " + alone);
        assertEquals(io.bitext.check.Severity.WARNING,
                only("## 全文\n### 话题（00:00:01 - 00:00:09）\n**Ann**：权重在 Hugging Phase 上。\n").severity());
    }

    @Test
    void anOrdinaryWordCountsOnlyAmongNamesOfItsFamily() {
        assertEquals(List.of("Mistrial→Mistral"), nearMisses("**Ann**：Mistrial 和 Qwen3 都开源了。"));
        assertEquals(List.of("Mistrial→Mistral"), nearMisses("**Ann**：我们试了 Mistrial 模型。"));
        assertEquals(List.of("Lama→Llama"), nearMisses("**Ann**：Lama 与 Gemma 比较。"));
        assertEquals(List.of(), nearMisses("**Ann**：法官宣布 Mistrial。后来 Qwen3 发布了。"));
        assertEquals(List.of(), nearMisses("**Ann**：他去西藏见了 Lama，下一个 Phase 是休息。"));
        assertEquals(List.of(), nearMisses("**Ann**：The judge declared a Mistrial in phase two, and the lama walked off."));
    }

    @Test
    void aNameWhoseOtherWordsAreOrdinaryNeedsItsFamilyToo() {
        assertEquals(List.of(), nearMisses("**Ann**：Prompt Guide 写得很清楚。"));
    }

    @Test
    void aDomainWithoutItsSchemeIsComparedWithTheCatalogsNames() {
        assertEquals(List.of("hugginface→huggingface"), found(BUILT_IN, "**Ann**：见 hugginface.co/models。", "asr.url-name"));
        assertEquals(List.of("hugginface→huggingface"), found(BUILT_IN, "**Ann**：见 www.hugginface.co。", "asr.url-name"));
        assertEquals(List.of(), found(BUILT_IN, "**Ann**：见 huggingface.co/models，配置在 hugginface.json 与 train.py。",
                "asr.url-name"));
    }

    @Test
    void aSplitOrJoinedCatalogNameIsASpellingNotANearMiss() {
        assertEquals(List.of("Lang Smith→LangSmith"), found(BUILT_IN, "**Ann**：我们用 Lang Smith 追踪。",
                "asr.near-miss", "glossary.catalog-spelling"));
        assertEquals(List.of(), nearMisses("**Ann**：我们用 Lang Smith 追踪。"));
    }

    @Test
    void aSplitOrJoinedFormIsFoundWithoutAListEntry() {
        Checker unlisted = new Checker(new Glossary(TsvGlossary.parse(
                "id\ten\ten_admitted\ten_forbidden\tzh\tzh_admitted\tzh_forbidden\ttype\tnote\tstatus\n"
                        + "langsmith\tLangSmith\t\t\t\t\t\tproduct\t\t\n"
                        + "midjourney\tMidjourney\t\t\t\t\t\tproduct\t\t\n"
                        + "hugging-face\tHugging Face\t\t\t\t\t\torganization\t\t\n", "t.tsv")));
        assertEquals(List.of("Lang Smith→LangSmith", "Hug gingFace→Hugging Face", "Mid Journey→Midjourney"),
                found(unlisted, "**Ann**：用 Lang Smith 和 Hug gingFace，还有 Mid Journey。", "glossary.catalog-spelling"));
        assertEquals(List.of(), found(unlisted, "**Ann**：用 LangSmith 和 Hugging Face，还有 Midjourney。",
                "glossary.catalog-spelling"));
    }
}
