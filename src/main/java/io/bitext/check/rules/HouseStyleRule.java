package io.bitext.check.rules;

import io.bitext.check.Category;
import io.bitext.check.Example;

/** {@code glossary.forbidden}: the same word written against the house style ({@code O3} for o3, {@code CodeX} for Codex). */
public final class HouseStyleRule extends ForbiddenFormRule {
    public HouseStyleRule() {
        super(false, "glossary.forbidden", Category.GLOSSARY, 40,
                "A form the glossary forbids by house style: wrong case, hyphenation or spelling of an accepted form.",
                "not the house style",
                Example.incorrect("**Ann**：从 O3 开始", "O3", "o3"),
                Example.incorrect("**Ann**：模型的 policy 就是政策", "政策", "策略"),
                Example.correct("**Ann**：从 o3 开始，模型的 policy 就是策略"));
    }
}
