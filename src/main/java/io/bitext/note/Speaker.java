package io.bitext.note;

/**
 * Who speaks a turn, as its label writes it: {@code Jared Faraic（Jerry）} is the name
 * {@code Jared Faraic} with the alias {@code Jerry}.
 *
 * @param label     the label as written, without the bold markers and the colon
 * @param name      the name before any parenthesised alias
 * @param alias     the parenthesised alias, or null
 * @param nameSpan  where the name stands in the source
 */
public record Speaker(String label, String name, String alias, Span nameSpan) {

    /** Two labels name the same speaker when their labels are equal. */
    public boolean sameAs(Speaker other) {
        return other != null && label.equals(other.label);
    }
}
