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
        return String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
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
