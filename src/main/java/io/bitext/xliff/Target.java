package io.bitext.xliff;

import java.util.List;
import java.util.Set;

/**
 * One unit's target as read back, segment by segment.
 *
 * @param segments the target's segments in file order; a target without segment marks is one
 *                 segment with a null id, standing for the whole unit
 */
public record Target(List<Segment> segments) {

    /** States that say a translator (or a tool on their behalf) translated the text, in XLIFF 1.2 and 2.x. */
    private static final Set<String> TRANSLATED = Set.of("translated", "final", "signed-off", "reviewed",
            "needs-review-translation", "needs-review-l10n", "needs-review-adaptation");

    public Target {
        segments = List.copyOf(segments);
    }

    /**
     * One segment of a target.
     *
     * @param id     {@code mid} in XLIFF 1.2, the segment's {@code id} in 2.x; null outside any segment
     * @param state  the state the file gives it ({@code needs-translation}, {@code translated}…), or null
     * @param tokens its content
     */
    public record Segment(String id, String state, List<Token> tokens) {
        public Segment {
            tokens = List.copyOf(tokens);
        }

        /** Whether the state says translated; a text that differs from its source is translated whatever the state. */
        public boolean stateSaysTranslated() {
            return state != null && TRANSLATED.contains(state);
        }

        /** No text but white space, and no code. */
        public boolean isEmpty() {
            return tokens.stream().allMatch(t -> t instanceof Token.Text text && text.text().isBlank());
        }

        /** The text of the segment with codes left out, for messages. */
        public String plainText() {
            StringBuilder text = new StringBuilder();
            tokens.forEach(t -> text.append(t instanceof Token.Text x ? x.text() : ""));
            return text.toString();
        }
    }
}
