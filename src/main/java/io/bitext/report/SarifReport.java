package io.bitext.report;

import io.bitext.check.CheckResult;
import io.bitext.check.Checker;
import io.bitext.check.Evidence;
import io.bitext.check.Finding;
import io.bitext.note.Excerpt;
import io.bitext.check.Rule;
import io.bitext.check.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings as SARIF 2.1.0, which CI systems and editors read to annotate files: one run, the rules
 * in the driver, one result per finding with its region (line, column, character offset and length)
 * and its safe replacements as fixes; the note places its evidence names as {@code relatedLocations},
 * the rest of its evidence and its confidence in the result's {@code properties} (the confidence also
 * as the result's {@code rank}, 0–100).
 */
public final class SarifReport {
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifReport() {
    }

    /** @param results each note's findings with the path or URI the note is known by */
    public static Map<String, Object> of(Map<String, CheckResult> results, String version) {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Rule rule : Checker.RULES) {
            rules.add(map("id", rule.id(), "shortDescription", map("text", rule.description()),
                    "defaultConfiguration", map("level", level(rule.defaultSeverity())),
                    "properties", map("category", rule.category().name().toLowerCase(java.util.Locale.ROOT))));
        }
        List<Map<String, Object>> out = new ArrayList<>();
        List<String> ids = Checker.RULES.stream().map(Rule::id).toList();
        for (Map.Entry<String, CheckResult> note : results.entrySet()) {
            for (Finding f : note.getValue().findings()) {
                for (Excerpt at : f.places()) {
                    out.add(result(f, at, note.getKey(), ids.indexOf(f.rule())));
                }
            }
        }
        Map<String, Object> driver = map("name", "Bitext", "version", version, "informationUri", "https://github.com/bitext/bitext",
                "rules", rules);
        return map("$schema", SCHEMA, "version", "2.1.0",
                "runs", List.of(map("tool", map("driver", driver), "columnKind", "unicodeCodePoints", "results", out)));
    }

    private static Map<String, Object> result(Finding f, Excerpt at, String uri, int ruleIndex) {
        Map<String, Object> region = region(at);
        Map<String, Object> result = map("ruleId", f.rule(), "ruleIndex", ruleIndex, "level", level(f.severity()),
                "message", map("text", f.message()),
                "locations", List.of(map("physicalLocation", map("artifactLocation", map("uri", uri), "region", region))));
        if (f.safeFix() != null) {
            Map<String, Object> replacement = map("deletedRegion", map("charOffset", at.offset(), "charLength", at.length()),
                    "insertedContent", map("text", f.safeFix().text()));
            Map<String, Object> change = map("artifactLocation", map("uri", uri), "replacements", List.of(replacement));
            result.put("fixes", List.of(map("description", map("text", "replace with ‘" + f.safeFix().text() + "’"),
                    "artifactChanges", List.of(change))));
        }
        List<Map<String, Object>> related = new ArrayList<>();
        for (Evidence e : f.evidence()) {
            if (e instanceof Evidence.Place place) {
                related.add(map("id", related.size() + 1, "physicalLocation", map("artifactLocation", map("uri", uri),
                        "region", region(place.at())), "message", map("text", e.summary())));
            }
        }
        if (!related.isEmpty()) {
            result.put("relatedLocations", related);
        }
        if (f.confidence() != null) {
            result.put("rank", Math.round(f.confidence() * 1000) / 10.0); // SARIF's 0–100 priority
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        if (f.section() > 0) {
            properties.putAll(map("section", f.section(), "sectionTitle", f.sectionTitle(),
                    "timeRange", f.timeRange() == null ? "" : f.timeRange()));
        }
        if (f.confidence() != null) {
            properties.put("confidence", f.confidence());
        }
        List<Evidence> elsewhere = f.evidence().stream().filter(e -> !(e instanceof Evidence.Place)).toList();
        if (!elsewhere.isEmpty()) {
            properties.put("evidence", elsewhere);
        }
        if (!properties.isEmpty()) {
            result.put("properties", properties);
        }
        return result;
    }

    private static Map<String, Object> region(Excerpt at) {
        return map("startLine", at.line(), "startColumn", at.column(),
                "endColumn", at.column() + at.text().codePointCount(0, at.text().length()),
                "charOffset", at.offset(), "charLength", at.length(), "snippet", map("text", at.text()));
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
            case OFF -> "none";
        };
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
