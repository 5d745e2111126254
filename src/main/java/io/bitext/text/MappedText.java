package io.bitext.text;

import java.util.Arrays;

/**
 * Text with the source offset of every character, so that anything found in the text (a term, a
 * sentence) can be reported at its place in the original file even after markup was removed.
 */
public final class MappedText {
    private final String text;
    private final int[] sourceOffsets;

    public MappedText(String text, int[] sourceOffsets) {
        if (text.length() != sourceOffsets.length) {
            throw new IllegalArgumentException("one offset per character expected");
        }
        this.text = text;
        this.sourceOffsets = sourceOffsets;
    }

    /** Text that stands in the source unchanged from {@code sourceOffset} on. */
    public static MappedText verbatim(String text, int sourceOffset) {
        int[] offsets = new int[text.length()];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = sourceOffset + i;
        }
        return new MappedText(text, offsets);
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** Source offset of the character at {@code index}. */
    public int sourceOffset(int index) {
        return sourceOffsets[index];
    }

    /** Source offset just after the character before {@code end}: the exclusive end of a range. */
    public int sourceEnd(int end) {
        return end == 0 ? (sourceOffsets.length == 0 ? 0 : sourceOffsets[0]) : sourceOffsets[end - 1] + 1;
    }

    public MappedText sub(int start, int end) {
        return new MappedText(text.substring(start, end), Arrays.copyOfRange(sourceOffsets, start, end));
    }

    @Override
    public String toString() {
        return text;
    }

    /** Builds a mapped text character by character. */
    public static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int[] offsets = new int[64];

        public Builder append(char c, int sourceOffset) {
            if (text.length() == offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
            }
            offsets[text.length()] = sourceOffset;
            text.append(c);
            return this;
        }

        public int length() {
            return text.length();
        }

        public MappedText build() {
            return new MappedText(text.toString(), Arrays.copyOf(offsets, text.length()));
        }
    }
}
