package io.bitext.check.rules;

import io.bitext.check.Category;
import io.bitext.check.CheckContext;
import io.bitext.check.Example;
import io.bitext.check.Findings;
import io.bitext.check.Evidence;
import io.bitext.check.OtherNotes;
import io.bitext.check.Replacement;
import io.bitext.check.Severity;
import io.bitext.glossary.Glossary;
import io.bitext.term.TermOccurrence;
import io.bitext.term.TermPattern;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A name in the note that the glossary does not know but that is a near-miss of a name it does
 * ({@link NearNames}): {@code Matt Turck} for Matt Turk, {@code Lama 3} for Llama 3,
 * {@code Hugging Phase} for Hugging Face. Ordinary words are left alone: a near-miss made of
 * English words ({@code Mistrial}) counts only where the sentence names others of its family or a
 * Chinese noun for it follows ({@link FamilyContext}). In a run over several notes, a name no
 * glossary holds is also held against the spelling several other notes write
 * ({@link OtherNotes}): {@code Jon Shulman} here, {@code John Schulman} in three other notes.
 */
public final class NearMissRule extends BaseRule {
    /**
     * A lone spelling against one that at least two other notes agree on, with no glossary entry to
     * settle it: likely a slip (a warning), never sure enough for a fix without review.
     */
    private static final double OTHER_NOTES_CONFIDENCE = 0.7;

    public NearMissRule() {
        super("asr.near-miss", Category.ASR, Severity.WARNING, 90,
                "A name close in spelling and sound to a glossary name: likely misheard or misspelt.", "near-miss of a name",
                Example.incorrect("**Ann**：我是 Andrej Karpaty，欢迎", "Andrej Karpaty", "Andrej Karpathy"),
                Example.incorrect("**Ann**：我们比较了 Lama 3 和 Qwen3", "Lama 3", "Llama 3"),
                Example.incorrect("**Ann**：模型都放在 Hugging Phase 上", "Hugging Phase", "Hugging Face"),
                Example.incorrect("**Ann**：Mistrial 和 Qwen3 都开源了", "Mistrial", "Mistral"),
                Example.correct("**Ann**：我是 Matt Turck，也聊 Mattress 与 Qwen3"),
                Example.correct("**Ann**：他穿着 Stripe 衬衫，和 Gemma 一起来"),
                Example.correct("**Ann**：OLMoE 是 OLMo 的混合专家版本"),
                Example.correct("**Ann**：法官宣布 Mistrial。下一个 Phase 开始，Lama 来了"));
    }

    @Override
    public void prepare(Glossary glossary) {
        NearNames.of(glossary);
    }

    @Override
    public void check(CheckContext context, Findings findings) {
        NearNames names = NearNames.of(context.glossary());
        FamilyContext family = new FamilyContext(context);
        Map<String, Optional<NearNames.Miss>> decided = new HashMap<>(); // a note repeats its names
        Map<String, Optional<OtherNotes.Spelling>> usual = new HashMap<>();
        for (TermOccurrence o : context.terms()) {
            String written = o.english();
            if (o.pattern() == TermPattern.QUOTE || names.known(written)) {
                continue;
            }
            NearNames.Miss miss = decided.computeIfAbsent(written, names::closest).orElse(null);
            if (miss != null && (!miss.needsContext()
                    || family.supports(o.englishSpan().offset(), o.englishSpan().end(), miss.name().entry()))) {
                NearNames.Name best = miss.name();
                NameEvidence.report(context, findings, context.location(o.englishSpan()), written, best.form(), best.entry());
            } else {
                usual.computeIfAbsent(written, context.otherNotes()::usualSpellingOf).ifPresent(u ->
                        findings.report(context.location(o.englishSpan()), "‘" + written + "’ is written " + u.text() + " in "
                                + u.notes().size() + " other notes of this run (" + noteNames(u.notes()) + ")",
                                List.of(new Evidence.OtherNotes(u.notes())), OTHER_NOTES_CONFIDENCE,
                                List.of(Replacement.review(u.text()))));
            }
        }
    }

    /** The notes by file name, the first three. */
    private static String noteNames(List<String> notes) {
        List<String> names = notes.stream().map(n -> java.nio.file.Path.of(n).getFileName().toString()).toList();
        return String.join(", ", names.subList(0, Math.min(3, names.size()))) + (names.size() > 3 ? ", …" : "");
    }
}
