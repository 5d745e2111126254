package io.bitext.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlossSplitterTest {
    @Test
    void splitsLinesAndSeparatorsKeepingTheLabel() {
        assertEquals(List.of(new Gloss("推论", "n."), new Gloss("推理", "n."), new Gloss("论证", "n.")),
                GlossSplitter.split("n. 推论, 推理, 论证\\n[化] 推理"));
        assertEquals(List.of(new Gloss("超智能", "[网络]"), new Gloss("超级智能", "[网络]")),
                GlossSplitter.split("[网络] 超智能；超级智能"));
    }

    @Test
    void dropsRemarksAndTextWithoutHan() {
        assertEquals(List.of(new Gloss("模型", "n."), new Gloss("模特儿", "n.")),
                GlossSplitter.split("n. 模型( model的名词复数 ); 模特儿"));
        assertEquals(List.of(), GlossSplitter.split("prep. [诗歌用语] = between [亦作 tweeny]"));
        assertEquals(List.of(new Gloss("使戴头罩", "v.")), GlossSplitter.split("v. 使(马,鹰等)戴头罩"));
        assertEquals(List.of(new Gloss("做模特儿", "vt.&vi.")), GlossSplitter.split("vt. & vi. 做模特儿"));
    }

    @Test
    void dropsExplanationsAndKeepsTheFirstRenderings() {
        assertEquals(List.of(), GlossSplitter.split("一种用于把大型语言模型对齐到人类偏好的训练方法"));
        String many = String.join(", ", Collections.nCopies(30, "甲"));
        StringBuilder distinct = new StringBuilder("n. ");
        for (int i = 0; i < 30; i++) {
            distinct.append(i == 0 ? "" : ", ").appendCodePoint(0x4E00 + i);
        }
        assertEquals(List.of(new Gloss("甲", "")), GlossSplitter.split(many));
        assertEquals(GlossSplitter.MAX_GLOSSES, GlossSplitter.split(distinct.toString()).size());
    }
}
