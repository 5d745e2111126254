package io.bitext.note;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A label at the start of a line: {@code **Matt Turk**：}, {@code **Jared Faraic（Jerry）**：},
 * {@code **加粗要点**：}, or unbolded {@code Eric：}.
 *
 * @param name       the label text without markers and colon: {@code Jared Faraic（Jerry）}
 * @param bold       whether the label was written in bold
 * @param length     characters from the line start to just after the colon (and a following space)
 * @param nameOffset where the label text starts, relative to the line start
 */
record LineLabel(String name, boolean bold, int length, int nameOffset) {

    /** Bold label, colon outside ({@code **X**：}) or inside ({@code **X：**}). */
    private static final Pattern BOLD = Pattern.compile(
            "^(\\*\\*|__)([^*_\\n：:]{1,40}?)(?:\\1[ \\t]*[：:]|[：:]\\1)[ \\t]?");
    /** Unbolded label: a short Latin name, a short Han name, or a speaker letter, then a colon. */
    private static final Pattern PLAIN = Pattern.compile(
            "^(((?:[A-Z][\\p{L}.'’\\-]*(?: [A-Z][\\p{L}.'’\\-]*){0,3})|(?:[\\p{IsHan}·]{2,6})|(?:Speaker ?[A-Z0-9]))"
                    + "(?:[（(][^）)\\n]{1,20}[）)])?)[ \\t]*[：:][ \\t]?");

    static LineLabel match(CharSequence line) {
        if (line.isEmpty()) {
            return null;
        }
        char first = line.charAt(0);
        if (first != '*' && first != '_') {
            // neither pattern can start here: most lines of a note are prose that starts with neither
            return first >= 'A' && first <= 'Z' || first == '·' || first >= 0x2E80 ? plain(line) : null;
        }
        Matcher bold = BOLD.matcher(line);
        if (bold.find()) {
            String name = bold.group(2).strip();
            if (!name.isEmpty() && !endsLikeSentence(name)) {
                return new LineLabel(name, true, bold.end(), bold.start(2) + leading(bold.group(2)));
            }
        }
        return null;
    }

    private static LineLabel plain(CharSequence line) {
        Matcher plain = PLAIN.matcher(line);
        // group 1 is the name with its alias; no part of it ends in a blank, so it stops where the colon's blanks start
        return plain.find() ? new LineLabel(plain.group(1), false, plain.end(), 0) : null;
    }

    private static int leading(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean endsLikeSentence(String name) {
        char last = name.charAt(name.length() - 1);
        return "。！？!?，,；;".indexOf(last) >= 0;
    }

    /** Splits {@code Jared Faraic（Jerry）} into name and alias. */
    Speaker toSpeaker(SourceText source, int lineStart) {
        Matcher alias = ALIAS.matcher(name);
        String person = alias.matches() ? alias.group(1) : name;
        int start = lineStart + nameOffset;
        Span nameSpan = source.span(start, start + person.length());
        return new Speaker(name, person, alias.matches() ? alias.group(2) : null, nameSpan);
    }

    private static final Pattern ALIAS = Pattern.compile("^(.*?)\\s*[（(]([^）)]+)[）)]$");
}
