package io.bitext.check.rules;

import io.bitext.term.TermOccurrence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Occurrences grouped by a value, with the value most paragraphs share (the first used wins a tie).
 * A spelling repeated within one paragraph is one choice of the writer's, not several: counting each
 * use would let one sentence that says {@code rewarmup} twice outvote the note's other spelling.
 */
final class Majority {
    final Map<String, List<TermOccurrence>> groups = new LinkedHashMap<>();

    Majority(List<TermOccurrence> occurrences, Function<TermOccurrence, String> by) {
        for (TermOccurrence o : occurrences) {
            groups.computeIfAbsent(by.apply(o), k -> new ArrayList<>()).add(o);
        }
    }

    String winner() {
        String best = null;
        for (Map.Entry<String, List<TermOccurrence>> e : groups.entrySet()) {
            if (best == null || paragraphs(e.getValue()) > paragraphs(groups.get(best))) {
                best = e.getKey();
            }
        }
        return best;
    }

    private static long paragraphs(List<TermOccurrence> occurrences) {
        return occurrences.stream().mapToInt(TermOccurrence::block).distinct().count();
    }

    boolean divided() {
        return groups.size() > 1;
    }
}
