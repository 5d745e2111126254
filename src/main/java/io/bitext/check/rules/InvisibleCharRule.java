package io.bitext.check.rules;

import io.bitext.check.Category;
import io.bitext.check.CheckContext;
import io.bitext.check.Example;
import io.bitext.check.Findings;
import io.bitext.check.Replacement;
import io.bitext.check.Severity;
import java.util.List;

/**
 * Invisible characters inside words, pasted from web pages and PDFs: a soft hyphen (U+00AD), a zero
 * width space (U+200B), a word joiner (U+2060), a byte-order mark that is not the first character
 * (U+FEFF), and a no-break space (U+00A0, U+202F) between two Latin words. The reader sees nothing;
 * search, the glossary and every matcher see two words or a different one. Reported on the word it
 * stands in, with the word cleaned as a safe fix.
 */
public final class InvisibleCharRule extends BaseRule {

    public InvisibleCharRule() {
        super("typography.invisible-char", Category.TYPOGRAPHY, Severity.WARNING, 25,
                "An invisible character inside a word (soft hyphen, zero-width space, word joiner, stray BOM, no-break space).",
                "invisible character",
                Example.incorrect("**Ann**：我们用 Claude\u00A0Code 写代码", "Claude\u00A0Code", "Claude Code"),
                Example.incorrect("**Ann**：Anthro\u00ADpic 发布了新模型", "Anthro\u00ADpic", "Anthropic"),
                Example.correct("**Ann**：我们用 Claude Code 写代码，Anthropic 发布了新模型"));
    }

    @Override
    public void check(CheckContext context, Findings findings) {
        String text = context.note().text();
        int reportedTo = -1;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i < reportedTo || !invisible(text, i)) {
                continue;
            }
            int start = i;
            while (start > 0 && partOfWord(text, start - 1)) {
                start--;
            }
            int end = i + 1;
            while (end < text.length() && partOfWord(text, end)) {
                end++;
            }
            String word = text.substring(start, end);
            findings.report(context.location(start, end), "‘" + word.replaceAll("[^\\p{Graph} ]", "·") + "’ holds an invisible "
                    + String.format("U+%04X", (int) c) + "; search and the glossary do not see the word as written",
                    List.of(), List.of(Replacement.safe(clean(word))));
            reportedTo = end;
        }
    }

    private static boolean invisible(String text, int i) {
        char c = text.charAt(i);
        if (i == 0) {
            return false; // a byte-order mark opening the file is where it belongs
        }
        if (c == '\u00AD' || c == '\u200B' || c == '\u2060' || c == '\uFEFF') {
            return true;
        }
        return (c == '\u00A0' || c == '\u202F') && i + 1 < text.length()
                && isLatin(text.charAt(i - 1)) && isLatin(text.charAt(i + 1));
    }

    private static boolean isLatin(char c) {
        return c < 0x250 && Character.isLetterOrDigit(c);
    }

    private static boolean partOfWord(String text, int i) {
        char c = text.charAt(i);
        return isLatin(c) || c == '-' || c == '.' && i + 1 < text.length() && isLatin(text.charAt(i + 1)) || invisible(text, i);
    }

    private static String clean(String word) {
        return word.replaceAll("[\u00AD\u200B\u2060\uFEFF]", "").replaceAll("[\u00A0\u202F]", " ");
    }
}
