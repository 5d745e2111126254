package io.bitext.check;

import io.bitext.note.SourceText;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline suppressions, as linters read them: {@code <!-- bitext-disable-next-line rule-id -->} on the
 * line before (or {@code bitext-disable-line} on the same line); without a rule id, every rule.
 */
final class Suppressions {
    private static final Pattern COMMENT = Pattern.compile("<!--\\s*bitext-disable-(next-line|line)((?:\\s+[\\w.\\-]+)*)\\s*-->");
    private static final String ALL = "*";

    private final Map<Integer, Set<String>> byLine = new HashMap<>();

    Suppressions(SourceText source) {
        Matcher m = COMMENT.matcher(source.text());
        while (m.find()) {
            int line = source.lineOf(m.start()) + (m.group(1).equals("next-line") ? 1 : 0);
            Set<String> rules = byLine.computeIfAbsent(line, k -> new HashSet<>());
            String ids = m.group(2).strip();
            if (ids.isEmpty()) {
                rules.add(ALL);
            } else {
                rules.addAll(Set.of(ids.split("\\s+")));
            }
        }
    }

    boolean suppressed(Finding finding) {
        Set<String> rules = byLine.get(finding.location().line());
        return rules != null && (rules.contains(ALL) || rules.contains(finding.rule()));
    }
}
