package io.bitext.check.rules;

import io.bitext.check.Example;

/** {@code asr.note-correction}: the note's own remark that speech recognition misheard a term, to settle and remove. */
public final class NoteCorrectionRule extends AsrRemarkRule {
    public NoteCorrectionRule() {
        super(false, "asr.note-correction", 60, "A speech-recognition correction the note records inline, to settle and remove.",
                "remark on a mishearing",
                Example.incorrect("**Ann**：发布 O1（ASR 原文作 0.1）后", "0.1", "o1"),
                Example.correct("**Ann**：发布 o1 之后"));
    }
}
