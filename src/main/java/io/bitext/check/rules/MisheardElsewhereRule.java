package io.bitext.check.rules;

import io.bitext.check.Example;

/** {@code asr.misheard-elsewhere}: a form the note itself says was misheard, still written somewhere else. */
public final class MisheardElsewhereRule extends AsrRemarkRule {
    public MisheardElsewhereRule() {
        super(true, "asr.misheard-elsewhere", 70, "A form the note itself says speech recognition misheard, still written elsewhere.",
                "misheard form left in",
                Example.incorrect("**Ann**：发布 O1（ASR 原文作 0.1）后\n**Bo**：后来 0.1 又出现了", "0.1", "o1"),
                Example.correct("**Ann**：产品 Light（ASR中也出现“Lazy AI”）\n注：如“Lazy AI/Light”已更正"));
    }
}
