package io.bitext.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.bitext.error.BitextException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an editor tells the checker, in {@code bitext.yaml} beside the notes (or the file given with
 * {@code --config}):
 *
 * <pre>
 * rules:
 *   typography.spacing: info      # error, warning, info or off
 *   glossary.case: off
 * ignore:                         # findings accepted as they are
 *   - rule: glossary.forbidden
 *     text: O3
 *     file: 000_a3c508f15ff8c1eb.txt   # optional
 * </pre>
 */
public final class CheckConfig {
    public static final String FILE_NAME = "bitext.yaml";

    private final Map<String, Severity> severities;
    private final List<Ignore> ignores;
    private final String origin;

    /** An accepted finding: the rule, the text it concerns, and optionally the note's file name. */
    public record Ignore(String rule, String text, String file) {
        boolean covers(Finding finding, String note) {
            return rule.equals(finding.rule()) && (text == null || text.equals(finding.location().text()))
                    && (file == null || file.equals(note));
        }
    }

    public CheckConfig(Map<String, Severity> severities, List<Ignore> ignores, String origin) {
        this.severities = Map.copyOf(severities);
        this.ignores = List.copyOf(ignores);
        this.origin = origin;
    }

    public static CheckConfig defaults() {
        return new CheckConfig(Map.of(), List.of(), "defaults");
    }

    /** The file given, else {@code bitext.yaml} in the note's folder, else the defaults. */
    public static CheckConfig find(Path given, Path note, Set<String> ruleIds) {
        if (given != null) {
            return read(given, ruleIds);
        }
        Path folder = note.toAbsolutePath().getParent();
        Path beside = folder == null ? null : folder.resolve(FILE_NAME);
        return beside != null && Files.isRegularFile(beside) ? read(beside, ruleIds) : defaults();
    }

    public static CheckConfig read(Path file, Set<String> ruleIds) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new BitextException(file + ": not a readable YAML configuration (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
        Map<String, Severity> severities = new HashMap<>();
        List<Ignore> ignores = new ArrayList<>();
        if (root != null && !root.isMissingNode() && !root.isNull()) {
            if (!root.isObject()) {
                throw new BitextException(file + ": expected a mapping with 'rules' and 'ignore'");
            }
            for (Iterator<String> keys = root.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                if (!key.equals("rules") && !key.equals("ignore")) {
                    throw new BitextException(file + ": unknown key '" + key + "' (expected 'rules' and 'ignore')");
                }
            }
            JsonNode rules = root.path("rules");
            for (Iterator<Map.Entry<String, JsonNode>> it = rules.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> rule = it.next();
                requireRule(file, rule.getKey(), ruleIds);
                severities.put(rule.getKey(), severity(file, rule.getKey(), rule.getValue().asText()));
            }
            for (JsonNode ignore : root.path("ignore")) {
                String rule = ignore.path("rule").asText(null);
                requireRule(file, rule, ruleIds);
                ignores.add(new Ignore(rule, ignore.path("text").asText(null), ignore.path("file").asText(null)));
            }
        }
        return new CheckConfig(severities, ignores, file.toString());
    }

    private static void requireRule(Path file, String id, Set<String> ruleIds) {
        if (id == null || !ruleIds.contains(id)) {
            throw new BitextException(file + ": unknown rule '" + id + "' (see bitext check --list-rules)");
        }
    }

    private static Severity severity(Path file, String rule, String value) {
        try {
            return Severity.parse(value.equals("false") ? "off" : value);
        } catch (IllegalArgumentException e) {
            throw new BitextException(file + ": rule " + rule + ": '" + value + "' is not error, warning, info or off");
        }
    }

    public Severity severityOf(Rule rule) {
        return severities.getOrDefault(rule.id(), rule.defaultSeverity());
    }

    /** The severity a finding ends with: the rule's configured one caps what the rule chose. */
    Severity adjust(Rule rule, Severity chosen) {
        Severity configured = severities.get(rule.id());
        return configured == null ? chosen : configured;
    }

    boolean ignored(Finding finding, String note) {
        return ignores.stream().anyMatch(i -> i.covers(finding, note));
    }

    public String origin() {
        return origin;
    }
}
