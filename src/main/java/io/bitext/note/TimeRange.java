package io.bitext.note;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stretch of the recording a section covers, as written in its heading:
 * {@code （00:07:20 - 00:07:59）}, {@code (07:20-07:59)}, {@code （1:02:03 – 1:04:00）}.
 *
 * @param startSeconds seconds from the start of the recording
 * @param endSeconds   seconds from the start of the recording; may be below the start in a broken note
 * @param span         the parenthesised range in the heading, brackets included
 */
public record TimeRange(int startSeconds, int endSeconds, Span span) {

    private static final String STAMP = "(\\d{1,2}(?::\\d{1,2}){1,2})";
    /** A parenthesised range, full-width or ASCII brackets, any common dash or tilde between. */
    static final Pattern PARENTHESISED = Pattern.compile(
            "[（(]\\s*" + STAMP + "\\s*[-–—~～至到]\\s*" + STAMP + "\\s*[）)]");

    public boolean isOrdered() {
        return startSeconds <= endSeconds;
    }

    public int durationSeconds() {
        return endSeconds - startSeconds;
    }

    /** {@code 00:07:20 - 00:07:59}, normalised. */
    public String display() {
        return format(startSeconds) + " - " + format(endSeconds);
    }

    public static String format(int seconds) {
        // by hand rather than String.format, whose parser a cold check would pay for at every section
        StringBuilder out = new StringBuilder(8);
        twoDigits(out, seconds / 3600).append(':');
        twoDigits(out, seconds / 60 % 60).append(':');
        return twoDigits(out, seconds % 60).toString();
    }

    /** {@code %02d}: at least two digits, a zero in front of one. */
    private static StringBuilder twoDigits(StringBuilder out, int n) {
        return (n >= 0 && n < 10 ? out.append('0') : out).append(n);
    }

    /**
     * Seconds in {@code h:mm:ss} or {@code mm:ss}; empty when a field is out of range
     * ({@code 00:61:00}).
     */
    public static Optional<Integer> parseStamp(String stamp) {
        String[] fields = stamp.split(":");
        int total = 0;
        for (int i = 0; i < fields.length; i++) {
            int value = Integer.parseInt(fields[i]);
            boolean leading = i == 0;
            if (!leading && value > 59) {
                return Optional.empty();
            }
            total = total * 60 + value;
        }
        return Optional.of(total);
    }

    /** Where the last parenthesised range starts in {@code heading}, or -1. */
    static Matcher lastRange(CharSequence heading) {
        Matcher m = PARENTHESISED.matcher(heading);
        int start = -1;
        while (m.find()) {
            start = m.start();
        }
        if (start < 0) {
            return null;
        }
        m.find(start);
        return m;
    }
}
