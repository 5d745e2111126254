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
    private final boolean[] leads;
    /** A one-character class no match may follow (its lookbehind), or null. */
    private final Pattern notAfter;
    /** The lookbehind itself, {@code (?<!X)}, asked after half a surrogate pair, or null. */
    private final Pattern behind;
    /** What {@link #notAfter} says of each character so far: 0 not asked yet, 1 in the class, 2 not. */
    private final byte[] after;

    private LeadingChars(boolean[] leads, Pattern notAfter, Pattern behind) {
        this.leads = leads;
        this.notAfter = notAfter;
        this.behind = behind;
        this.after = notAfter == null ? null : new byte[Character.MAX_VALUE + 1];
    }

    /**
     * The characters of {@code set}, a list of single characters and ranges as in a regular
     * expression's class ({@code A-Za-z0-9-}: a hyphen first or last stands for itself).
     */
    public static LeadingChars of(String set) {
        LeadingChars chars = new LeadingChars(new boolean[Character.MAX_VALUE + 1], null, null);
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
     * The same, for a pattern that begins with a lookbehind {@code (?<!X)} of one character class
     * {@code X}, given as {@code charClass} ({@code [\\p{L}\\p{N}-]}): a place right after such a
     * character is not tried at all. The class is asked of each character once, by the regular
     * expression engine itself, so it means just what it means in the pattern.
     */
    public LeadingChars notAfter(String charClass) {
        return new LeadingChars(leads, Pattern.compile(charClass), Pattern.compile("(?<!" + charClass + ")"));
    }

    /** Whether {@code c} is in the {@link #notAfter} class; never for half a surrogate pair, which the class sees whole. */
    private boolean follows(char c) {
        if (notAfter == null || Character.isSurrogate(c)) {
            return false;
        }
        byte known = after[c];
        if (known == 0) {
            known = notAfter.matcher(String.valueOf(c)).matches() ? (byte) 1 : (byte) 2;
            after[c] = known; // threads may both ask: they store the same answer
        }
        return known == 1;
    }

    /**
     * Whether a match may begin at {@code at}: one of these characters, not after one of the
     * {@link #notAfter} class. For a scanner that decides the rest by hand; after half a surrogate
     * pair the lookbehind itself is asked, so the answer is the pattern's.
     */
    public boolean startsAt(CharSequence text, int at) {
        if (!leads[text.charAt(at)] || at == 0 || notAfter == null) {
            return leads[text.charAt(at)];
        }
        char before = text.charAt(at - 1);
        if (Character.isSurrogate(before)) {
            return behind.matcher(text).useTransparentBounds(true).region(at, at).lookingAt();
        }
        return !follows(before);
    }

    /**
     * A finder of {@code pattern}'s matches in {@code text}, which must all begin with one of these
     * characters; lookbehinds and lookaheads still see the whole text.
     */
    public Finder finder(Pattern pattern, CharSequence text) {
        return new Finder(pattern.matcher(text), text, this);
    }

    /** Steps through the matches in order, each found where {@link Matcher#find()} would find it. */
    public static final class Finder {
        private final Matcher matcher;
        private final CharSequence text;
        private final boolean[] leads;
        private final LeadingChars chars;
        private int next;
        private int end;

        private Finder(Matcher matcher, CharSequence text, LeadingChars chars) {
            this.matcher = matcher.useTransparentBounds(true).useAnchoringBounds(false);
            this.text = text;
            this.leads = chars.leads;
            this.chars = chars;
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
                if (leads[text.charAt(at)] && (at == 0 || !chars.follows(text.charAt(at - 1))) && matcher.region(at, end).lookingAt()) {
                    next = matcher.end() == at ? at + 1 : matcher.end();
                    return true;
                }
            }
            next = end + 1;
            return false;
        }
    }
}
