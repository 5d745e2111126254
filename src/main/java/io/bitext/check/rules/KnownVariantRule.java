package io.bitext.check.rules;

import io.bitext.check.Category;
import io.bitext.check.Example;

/** {@code asr.known-variant}: a wrong form the glossary lists as a mishearing or misnaming ({@code DQL} for DQN). */
public final class KnownVariantRule extends ForbiddenFormRule {
    public KnownVariantRule() {
        super(true, "asr.known-variant", Category.ASR, 30,
                "A wrong form the glossary lists: a known mishearing or misnaming of a term, name or model.", "known wrong form",
                Example.incorrect("**Ann**：DQL 很强", "DQL", "DQN"),
                Example.correct("**Ann**：从 o3 到 DQN，再到 reinforcement learning"),
                Example.correct("**Ann**：LangChain（原文 Lang Chain）很流行"));
    }
}
