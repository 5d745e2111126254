package io.bitext.check;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The findings for one note, in source order. */
public record CheckResult(String note, List<Finding> findings) {

    public CheckResult {
        findings = List.copyOf(findings);
    }

    /** How many findings of each severity, counting repeated places once. */
    public Map<Severity, Integer> counts() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            counts.put(s, 0);
        }
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return counts;
    }

    /** Whether any finding reaches {@code threshold}. */
    public boolean reaches(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
