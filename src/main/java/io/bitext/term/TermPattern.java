package io.bitext.term;

/** How a note gives an English term. */
public enum TermPattern {
    /** {@code reasoning（推理）}: English, then its Chinese rendering in brackets. */
    EN_ZH,
    /** {@code 奖励模型（reward model）}: Chinese, then the English it renders. */
    ZH_EN,
    /** {@code chain-of-thought（CoT）}: a term, then its abbreviation. */
    ABBREVIATION,
    /** {@code RLHF（reinforcement learning from human feedback）}: an abbreviation, then its expansion. */
    EXPANSION,
    /** {@code RLHF}, {@code policy}: English kept inline without a gloss. */
    BARE,
    /** {@code let’s solve it step by step}: an English sentence or clause quoted, not a term. */
    QUOTE;

    /** Whether the pattern pairs the English with a Chinese rendering of it. */
    public boolean isTranslation() {
        return this == EN_ZH || this == ZH_EN;
    }
}
