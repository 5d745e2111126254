package io.bitext.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters a pattern's match can begin with, used to find its matches as
 * {@link Matcher#find()} does while trying only the places that can start one. A note is mostly
 * Chinese; a pattern for Latin words fails at every Han character, and a plain loop over the text
 * skips them far more cheaply than the regular expression engine trying each one.
 *
 * <pre>{@code
 * LeadingChars latin = LeadingChars.of("A-Za-z");
 * LeadingChars.Finder words = latin.finder(Pattern.compile("(?<![A-Za-z])[A-Za-z]+"), "我们用 Claude 写");
 * while (words.find()) System.out.println(words.matcher().group()); // Claude
 * }</pre>
 */
public final class LeadingChars {
    private final boolean[] leads = new boolean[Character.MAX_VALUE + 1];

    private LeadingChars() {
    }

    /**
     * The characters of {@code set}, a list of single characters and ranges as in a regular
     * expression's class ({@code A-Za-z0-9-}: a hyphen first or last stands for itself).
     */
    public static LeadingChars of(String set) {
        LeadingChars chars = new LeadingChars();
        for (int i = 0; i < set.length(); i++) {
            char from = set.charAt(i);
            char to = from;
            if (i + 2 < set.length() && set.charAt(i + 1) == '-') {
                to = set.charAt(i + 2);
                i += 2;
            }
            for (int c = from; c <= to; c++) {
                chars.leads[c] = true;
            }
        }
        return chars;
    }

    /**
     * A finder of {@code pattern}'s matches in {@code text}, which must all begin with one of these
     * characters; lookbehinds and lookaheads still see the whole text.
     */
    public Finder finder(Pattern pattern, CharSequence text) {
        return new Finder(pattern.matcher(text), text, leads);
    }

    /** Steps through the matches in order, each found where {@link Matcher#find()} would find it. */
    public static final class Finder {
        private final Matcher matcher;
        private final CharSequence text;
        private final boolean[] leads;
        private int next;
        private int end;

        private Finder(Matcher matcher, CharSequence text, boolean[] leads) {
            this.matcher = matcher.useTransparentBounds(true).useAnchoringBounds(false);
            this.text = text;
            this.leads = leads;
            this.end = text.length();
        }

        /** Looks for matches only from {@code from} to {@code to}, which they may not pass; then from {@code from} again. */
        public Finder within(int from, int to) {
            next = from;
            end = to;
            return this;
        }

        /** The matcher, holding the last match found: its offsets are the whole text's. */
        public Matcher matcher() {
            return matcher;
        }

        /** Finds the next match; false when there is none. */
        public boolean find() {
            for (int at = next; at < end; at++) {
                if (leads[text.charAt(at)] && matcher.region(at, end).lookingAt()) {
                    next = matcher.end() == at ? at + 1 : matcher.end();
                    return true;
                }
            }
            next = end + 1;
            return false;
        }
    }
}
