package io.bitext.check;

/**
 * Text a rule must flag, or must leave alone, as LanguageTool's rules carry their example pairs. The
 * examples document the rule in {@code --list-rules} and one test runs every rule on its own.
 *
 * <p>{@code text} is either a whole note (it starts with {@code ## }) or a body that {@link #asNote()}
 * places in the one section of a minimal note. An incorrect example names the text its finding points
 * at and, when the rule suggests one, the first replacement.
 *
 * <pre>{@code
 * Example.incorrect("**Ann**：从 O3 开始", "O3", "o3");
 * Example.correct("**Ann**：从 o3 开始");
 * }</pre>
 *
 * @param text       the note or body
 * @param flagged    the text of the expected finding; null for a correct example
 * @param suggestion its first replacement, or null when the rule suggests none
 */
public record Example(String text, String flagged, String suggestion) {

    public static Example incorrect(String text, String flagged, String suggestion) {
        return new Example(text, flagged, suggestion);
    }

    public static Example incorrect(String text, String flagged) {
        return new Example(text, flagged, null);
    }

    public static Example correct(String text) {
        return new Example(text, null, null);
    }

    public boolean isCorrect() {
        return flagged == null;
    }

    /** The example as a note's text. */
    public String asNote() {
        return text.startsWith("## ") ? text : "## 全文\n### 话题（00:00:01 - 00:00:09）\n" + text + "\n";
    }
}
