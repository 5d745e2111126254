package io.bitext.term;

import io.bitext.note.Span;

/**
 * A bracketed stretch that is not a gloss, and why: it must never be paired with the words before it.
 *
 * @param kind the reason
 * @param span the brackets and what they hold
 * @param text what they hold
 */
public record NonGloss(Kind kind, Span span, String text) {

    public enum Kind {
        /** {@code （00:07:20 - 00:07:59）} outside a heading's own range. */
        TIME_RANGE,
        /** {@code OpenAI（以及我相信其他实验室）}: a remark in passing. */
        ASIDE,
        /** {@code RLHF（用 PPO + 人类偏好奖励）}: says what the term does, does not translate it. */
        EXPLANATION,
        /** {@code 教师模型（Qwen2.5-72B-Instruct）}, {@code 自研芯片（TPU）}: names which one, or lists examples. */
        APPOSITION,
        /** {@code （片段）}, {@code （原文如是）}, {@code （RL包括Human Feedback和Env Feedback）}: the editor's voice. */
        EDITORIAL,
        /** {@code 微信（cleezhang）}: an account, address or number. */
        CONTACT,
        /** A web address. */
        URL,
        /** {@code （ASR 原文作 0.1）}: a note on the speech recognition, recorded as an {@link AsrNote}. */
        ASR_NOTE
    }
}
