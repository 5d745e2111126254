package io.bitext.check.rules;

import io.bitext.term.TermOccurrence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Occurrences grouped by a value, with the value most of them share (the first used wins a tie). */
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
            if (best == null || e.getValue().size() > groups.get(best).size()) {
                best = e.getKey();
            }
        }
        return best;
    }

    boolean divided() {
        return groups.size() > 1;
    }
}
