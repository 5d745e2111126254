package io.bitext.check;

/**
 * A suggested replacement for a finding's span.
 *
 * @param text the new text
 * @param safe whether {@code bitext fix} may apply it without a person looking: the change is
 *             mechanical (house-style case, a listed misspelling) and cannot change the meaning
 */
public record Replacement(String text, boolean safe) {

    public static Replacement safe(String text) {
        return new Replacement(text, true);
    }

    public static Replacement review(String text) {
        return new Replacement(text, false);
    }
}
