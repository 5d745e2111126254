package io.bitext.html;

import io.bitext.check.Finding;
import io.bitext.note.Note;
import io.bitext.note.Section;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the findings are, counted: a table by rule and severity that reads without script, and the
 * filter bar (severity, rule, section, each option with its count), which stays hidden until the
 * script shows it. The script also reads {@code #severity=error&rule=…&section=…} from the address.
 */
final class Filters {
    private static final List<String> SEVERITIES = List.of("error", "warning", "info");

    private Filters() {
    }

    static void counts(Html out, Cards cards) {
        Map<String, int[]> byRule = new TreeMap<>();
        for (int id = 1; id <= cards.size(); id++) {
            Finding f = cards.finding(id);
            byRule.computeIfAbsent(f.rule(), k -> new int[SEVERITIES.size()])[SEVERITIES.indexOf(f.severity().label())]++;
        }
        if (byRule.isEmpty()) {
            out.element("p", "No findings.", "class", "muted");
            return;
        }
        out.open("details", "class", "counts").element("summary", "Findings by rule (" + byRule.size() + " rules)");
        out.open("div", "class", "scroll").open("table").raw("<thead><tr><th>rule</th>");
        SEVERITIES.forEach(s -> out.element("th", s, "class", "n"));
        out.raw("</tr></thead><tbody>");
        byRule.forEach((rule, n) -> {
            out.open("tr").open("td").element("code", rule).close("td");
            for (int count : n) {
                out.element("td", count == 0 ? "" : String.valueOf(count), "class", "n");
            }
            out.close("tr");
        });
        out.raw("</tbody>").close("table").close("div").close("details");
    }

    static void bar(Html out, Cards cards, Note note) {
        Map<String, Integer> severities = new TreeMap<>();
        Map<String, Integer> rules = new TreeMap<>();
        Map<Integer, Integer> sections = new TreeMap<>();
        for (int id = 1; id <= cards.size(); id++) {
            Finding f = cards.finding(id);
            severities.merge(f.severity().label(), 1, Integer::sum);
            rules.merge(f.rule(), 1, Integer::sum);
            sections.merge(f.section(), 1, Integer::sum);
        }
        out.open("form", "id", "filters", "class", "filters", "hidden", "", "aria-label", "filters");
        out.open("fieldset").element("legend", "severity");
        for (String s : SEVERITIES) {
            out.open("label", "class", "sev " + s).open("input", "type", "checkbox", "name", "severity", "value", s, "checked", "")
                    .text(" " + s + " ").element("span", String.valueOf(severities.getOrDefault(s, 0)), "class", "count").close("label");
        }
        out.close("fieldset");
        out.open("label").text("rule ").open("select", "name", "rule").element("option", "all rules (" + cards.size() + ")", "value", "");
        rules.forEach((rule, n) -> out.element("option", rule + " (" + n + ")", "value", rule));
        out.close("select").close("label");
        out.open("label").text("section ").open("select", "name", "section").element("option", "all sections", "value", "");
        if (sections.containsKey(0)) {
            out.element("option", "§0 cover and summary (" + sections.get(0) + ")", "value", "0");
        }
        for (Section section : note.sections()) {
            String title = section.title().length() > 28 ? section.title().substring(0, 27) + "…" : section.title();
            out.element("option", "§" + section.index() + " " + title + " (" + sections.getOrDefault(section.index(), 0) + ")",
                    "value", String.valueOf(section.index()));
        }
        out.close("select").close("label");
        out.element("button", "show all", "type", "reset");
        out.element("output", "", "id", "status", "aria-live", "polite");
        out.open("p", "class", "keys").raw("keys: <kbd>j</kbd> or <kbd>n</kbd> next finding, <kbd>k</kbd> or <kbd>p</kbd> previous;"
                + " the address keeps the filter (<code>#severity=error&amp;rule=…&amp;section=3</code>)").close("p");
        out.close("form");
    }
}
