package io.bitext.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.UniqueElements;
import org.junit.jupiter.api.Test;

class AhoCorasickTest {

    private static Set<String> search(AhoCorasick ac, List<String> patterns, String text) {
        Set<String> hits = new TreeSet<>();
        ac.search(text, (p, start, end) -> hits.add(patterns.get(p) + "@" + start + "-" + end));
        return hits;
    }

    private static Set<String> naive(List<String> patterns, String text) {
        Set<String> hits = new TreeSet<>();
        for (String p : patterns) {
            for (int at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
                hits.add(p + "@" + at + "-" + (at + p.length()));
            }
        }
        return hits;
    }

    @Test
    void findsOverlappingAndNestedPatterns() {
        List<String> patterns = List.of("he", "she", "his", "hers", "强化", "强化学习");
        AhoCorasick ac = AhoCorasick.of(patterns);
        assertEquals(naive(patterns, "ushers 强化学习"), search(ac, patterns, "ushers 强化学习"));
        assertEquals(Set.of("he@2-4", "hers@2-6", "she@1-4", "强化@7-9", "强化学习@7-11"), search(ac, patterns, "ushers 强化学习"));
    }

    @Property(tries = 300)
    void agreesWithANaiveScan(@ForAll @Size(min = 1, max = 30) @UniqueElements List<@StringLength(min = 1, max = 4) @CharRange(from = 'a', to = 'd') String> patterns,
                              @ForAll @StringLength(max = 200) @CharRange(from = 'a', to = 'e') String text) {
        AhoCorasick ac = AhoCorasick.of(new ArrayList<>(patterns));
        assertEquals(naive(patterns, text), search(ac, patterns, text));
    }
}
