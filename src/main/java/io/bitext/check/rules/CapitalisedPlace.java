package io.bitext.check.rules;

/**
 * Where English capitalises a word that the glossary writes in lower case, so that a capital there
 * says nothing about the writer's spelling: the first word of a line, a list item, a heading or a
 * sentence ({@code 1. Prompt 技巧}, {@code - Token numbers}, {@code 。Prompt 是…}), and a word of a
 * run of capitalised words, a name or a title in Title Case ({@code GitHub Actions},
 * {@code Azure Diarization API}, {@code The Rise of Agentic Inference}). Only the initials of such a
 * word may differ from the glossary's form for the place to explain it; a title set in capitals
 * throughout ({@code MASKED STRUCTURAL GROWTH FOR 2X FASTER …}) explains any of its words.
 */
final class CapitalisedPlace {
    /** What may stand between a line's start and its first word: list markers, numbers, heading and quote marks. */
    private static final String LEAD = " \t#>*-+.)0123456789（(“\"‘'【[";
    private static final String SENTENCE_ENDS = "。！？!?：:；;";

    private CapitalisedPlace() {
    }

    /** Whether the capitals of {@code text[start, end)} are explained by where it stands. */
    static boolean explains(String text, int start, int end) {
        if (start >= end || !Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        return opensLineOrSentence(text, start) || capitalisedNeighbour(text, start, end);
    }

    /** Whether {@code text[start, end)} stands in a run of three or more words set all in capitals. */
    static boolean inCapitalsTitle(String text, int start, int end) {
        int from = start;
        while (from > 0 && text.charAt(from - 1) != '\n' && !isHan(text.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < text.length() && text.charAt(to) != '\n' && !isHan(text.charAt(to))) {
            to++;
        }
        int run = 0;
        int longest = 0;
        boolean covered = false;
        boolean coveredInRun = false;
        int at = from;
        for (String word : text.substring(from, to).split(" ", -1)) {
            boolean capitals = word.chars().anyMatch(Character::isLetter) && word.equals(word.toUpperCase(java.util.Locale.ROOT));
            boolean here = at < end && at + word.length() > start;
            run = capitals ? run + 1 : 0;
            coveredInRun = capitals && (coveredInRun || here);
            if (coveredInRun) {
                longest = Math.max(longest, run);
                covered = true;
            }
            at += word.length() + 1;
        }
        return covered && longest >= 3;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean opensLineOrSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && LEAD.indexOf(text.charAt(i)) >= 0) {
            if (text.charAt(i) == '.' && i > 0 && Character.isLetter(text.charAt(i - 1))) {
                return true; // "works. Prompt": a sentence's end, not a list number's point
            }
            i--;
        }
        // the line's start, or a sentence's end: 。Prompt
        return i < 0 || text.charAt(i) == '\n' || SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0;
    }

    /** The Latin word just before or after, across one space, starts with a capital letter. */
    private static boolean capitalisedNeighbour(String text, int start, int end) {
        if (start >= 2 && text.charAt(start - 1) == ' ' && Character.isLetterOrDigit(text.charAt(start - 2))) {
            int w = start - 2;
            while (w > 0 && isLatinWordChar(text.charAt(w - 1))) {
                w--;
            }
            if (isLatinWordChar(text.charAt(w)) && Character.isUpperCase(text.charAt(w))) {
                return true;
            }
        }
        return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1))
                && isLatinWordChar(text.charAt(end + 1));
    }

    private static boolean isLatinWordChar(char c) {
        return c < 0x250 && (Character.isLetterOrDigit(c) || c == '-');
    }
}
