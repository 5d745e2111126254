package io.bitext.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LeadingCharsTest {
    private static final String CHARS = "aZ9 -./@:《》“”\"\n中文hx.co+_\\é\uD840\uDC00Ω";

    private static List<String> found(Matcher m) {
        List<String> all = new ArrayList<>();
        while (m.find()) {
            all.add(m.start() + ":" + m.end() + ":" + (m.groupCount() > 0 ? m.start(1) + "," + m.end(1) : ""));
        }
        return all;
    }

    private static List<String> found(LeadingChars.Finder f) {
        List<String> all = new ArrayList<>();
        Matcher m = f.matcher();
        while (f.find()) {
            all.add(m.start() + ":" + m.end() + ":" + (m.groupCount() > 0 ? m.start(1) + "," + m.end(1) : ""));
        }
        return all;
    }

    private static void agrees(String leads, String regex, boolean regions) {
        agrees(LeadingChars.of(leads), regex, regions);
    }

    private static void agrees(LeadingChars chars, String regex, boolean regions) {
        Pattern pattern = Pattern.compile(regex);
        Random random = new Random(regex.hashCode());
        for (int t = 0; t < 3000; t++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(CHARS.charAt(random.nextInt(CHARS.length())));
            }
            String s = text.toString();
            assertEquals(found(pattern.matcher(s)), found(chars.finder(pattern, s)), s);
            if (regions && s.length() > 3) {
                int from = s.length() / 3;
                int to = s.length() * 2 / 3;
                assertEquals(found(pattern.matcher(s).region(from, to)), found(chars.finder(pattern, s).within(from, to)), s);
            }
        }
    }

    @Test
    void findsWhatFindFindsWithLookarounds() {
        agrees("A-Za-z0-9", "(?=[A-Za-z0-9])(?<![\\w./\\\\@-])[A-Za-z0-9][A-Za-z0-9.+]*(?:[ -][A-Za-z0-9][A-Za-z0-9.+]*)*", false);
        agrees("a-z0-9-", "(?<![\\w@./:-])(?:[a-z0-9-]+\\.)*?([a-z0-9-]{2,})\\.(?:co|ai)(?![\\w-]|\\.\\w)", false);
        agrees("h", "https?://(?:[\\w-]+\\.)*?([a-z0-9-]{1,})\\.[a-z]{2,6}(?=[/:?#)\\]\\s]|$)", false);
    }

    @Test
    void skipsPlacesAfterTheLookbehindsClassAsFindDoes() {
        agrees(LeadingChars.of("A-Za-z0-9").notAfter("[\\w./\\\\@-]"),
                "(?=[A-Za-z0-9])(?<![\\w./\\\\@-])[A-Za-z0-9][A-Za-z0-9.+]*(?:[ -][A-Za-z0-9][A-Za-z0-9.+]*)*", false);
        agrees(LeadingChars.of("A-Za-z").notAfter("[\\p{L}\\p{N}-]"),
                "(?<![\\p{L}\\p{N}-])([A-Za-z][\\w-]*(?: [A-Za-z][\\w-]*)?) ?(\\p{IsHan}{1,4})", false);
    }

    @Test
    void findsWhatFindFindsWithinARegion() {
        agrees("《“\"", "《[^》\\n]+》|[“\"][A-Za-z][^”\"\\n]*(?:\\s[^”\"\\n]+){1,}[”\"]", true);
    }

    @Test
    void skipsTextNoMatchCanStartIn() {
        LeadingChars.Finder words = LeadingChars.of("A-Z").finder(Pattern.compile("(?<![A-Za-z])[A-Z][a-z]*"), "我们用 Claude 和 GPT 写，Zed");
        assertEquals(List.of("4:10:", "13:14:", "19:22:"), found(words));
    }

    @Test
    void startsWhereTheLeadAndTheLookbehindAllowIt() {
        LeadingChars latin = LeadingChars.of("A-Za-z").notAfter("[\\p{L}\\p{N}-]");
        Pattern start = Pattern.compile("(?=[A-Za-z])(?<![\\p{L}\\p{N}-])");
        Random random = new Random(20);
        for (int t = 0; t < 3000; t++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) {
                text.append(CHARS.charAt(random.nextInt(CHARS.length())));
            }
            String s = text.toString();
            for (int at = 0; at < s.length(); at++) {
                boolean expected = start.matcher(s).useTransparentBounds(true).region(at, s.length()).lookingAt();
                assertEquals(expected, latin.startsAt(s, at), s + " at " + at);
            }
        }
    }
}
