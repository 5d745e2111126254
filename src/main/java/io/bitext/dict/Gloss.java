package io.bitext.dict;

import java.util.Objects;

/**
 * One Chinese rendering of a headword, as the dictionary gives it, with the label of the line it came
 * from: a part of speech ({@code n.}, {@code vt.}, {@code a.}), a field ({@code [计]} computing,
 * {@code [医]} medicine), {@code [网络]} for renderings gathered from the web, or empty.
 *
 * @param text the rendering alone, without label or parenthetical remark: {@code 推理}
 * @param tag  the label, {@code ""} when the line had none
 */
public record Gloss(String text, String tag) {
    public Gloss {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tag, "tag");
    }

    /** Whether the rendering is labelled with a part of speech ({@code n.}) rather than a field or nothing. */
    public boolean hasPartOfSpeech() {
        return tag.endsWith(".");
    }
}
