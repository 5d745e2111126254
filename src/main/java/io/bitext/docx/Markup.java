package io.bitext.docx;

import io.bitext.text.MappedText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown marks an imported translation keeps ({@code **bold**}, {@code ==highlight==}): shown
 * without them in the English column, and put back where they stood when a reviewer edits that text.
 */
final class Markup {
    private static final Pattern MARK = Pattern.compile("\\*\\*|==|__");

    private Markup() {
    }

    static String strip(String text) {
        return MARK.matcher(text).replaceAll("");
    }

    /** The text without its marks, each character mapped to its offset in {@code text}. */
    static MappedText visible(String text) {
        MappedText.Builder shown = new MappedText.Builder();
        Matcher m = MARK.matcher(text);
        int at = 0;
        while (m.find()) {
            for (int i = at; i < m.start(); i++) {
                shown.append(text.charAt(i), i);
            }
            at = m.end();
        }
        for (int i = at; i < text.length(); i++) {
            shown.append(text.charAt(i), i);
        }
        return shown.build();
    }
}
