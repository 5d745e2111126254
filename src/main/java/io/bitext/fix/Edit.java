package io.bitext.fix;

/** One replacement in the decoded note: {@code [offset, offset + length)} becomes {@code text}. */
public record Edit(int offset, int length, String text, String rule) {

    public int end() {
        return offset + length;
    }
}
