package io.bitext;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random notes made of the pieces real notes use, for property tests of every stage that must not lose a byte. */
public final class GeneratedNotes {

    private GeneratedNotes() {
    }

    /** Notes of random lines: headings with good and broken time ranges, turns, cover items, marks, line ends. */
    public static Arbitrary<String> notes() {
        Arbitrary<String> words = Arbitraries.of("reasoning（推理）", "奖励模型（reward model）", "RLHF", "policy",
                "**粗体**", "==高亮==", "**", "==", "`code`", "[链接](https://example.com)", "（", "）", "O1（ASR 原文作 0.1）",
                "中文", "English words", " ", "：", "*", "\\", "#", "> ", "1. ", "- ", "**Matt Turk**：", "Eric：", "\t", "🙂");
        Arbitrary<String> line = words.list().ofMinSize(0).ofMaxSize(8).map(l -> String.join("", l));
        Arbitrary<String> heading = Combinators.combine(Arbitraries.of("## ", "### ", "#### "), line,
                Arbitraries.of("", "（00:07:20 - 00:07:59）", "(07:20-07:59)", "（00:61:00 - 00:00:10）"))
                .as((h, t, r) -> h + t + r);
        Arbitrary<String> turn = line.map(t -> "**Jared Faraic（Jerry）**：" + t);
        Arbitrary<String> item = line.map(t -> "- 标题：" + t);
        Arbitrary<String> any = Arbitraries.oneOf(line, heading, turn, item, Arbitraries.just(""));
        Arbitrary<String> eol = Arbitraries.of("\n", "\r\n", "\r");
        Arbitrary<String> front = Arbitraries.of("", "---\n{\"a\":1}\n---\n", "---\ntitle: x\ntags: [a, b]\n---\n",
                "---\n: : bad\n---\n");
        return Combinators.combine(front, any.list().ofMaxSize(25), eol)
                .as((f, lines, e) -> f + String.join(e, lines) + (lines.isEmpty() ? "x" : e));
    }
}
