package io.bitext.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The evaluation as Markdown: precision and recall overall and per split, per rule and per category,
 * the annotations of each note by category, then every false positive and every missed annotation.
 *
 * <pre>{@code
 * String markdown = EvaluationReport.render(Evaluation.run(Gold.available()));
 * }</pre>
 */
public final class EvaluationReport {
    static final List<String> SPLITS = List.of("tune", "test");

    private EvaluationReport() {
    }

    /** Writes the report to {@code target/eval-report.md} (or the first argument) and prints it. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/eval-report.md");
        List<Gold> golds = Gold.available();
        String report = render(Evaluation.run(golds)) + withOriginals(Evaluation.withOriginals(golds));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.print(report);
    }

    public static String render(Evaluation e) {
        StringBuilder md = new StringBuilder("# Finding quality against the gold annotations\n\n");
        md.append("Findings at warning and above; each place of a finding (its location and its `also` places) ")
                .append("counts on its own. A duplicate is a place on an occurrence another place covers more tightly; ")
                .append("it counts as a false positive. Acceptable places count neither way.\n\n");
        overall(md, e);
        perRule(md, e);
        perCategory(md, e);
        perNote(md, e);
        falsePositives(md, e, "##");
        fixes(md, e);
        misses(md, e, "##");
        return md.toString();
    }

    private static void overall(StringBuilder md, Evaluation e) {
        md.append("## Overall and per split\n\n| split | notes | TP | dup | FP | acceptable | precision | annotations | found | recall |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (String split : SPLITS) {
            long count = e.notes().stream().filter(n -> n.gold().split().equals(split)).count();
            row(md, split + " | " + count, e.split(split));
        }
        row(md, "all | " + e.notes().size(), e.total());
        md.append('\n');
    }

    private static void row(StringBuilder md, String head, Tally t) {
        md.append("| ").append(head).append(" | ").append(t.truePositives()).append(" | ").append(t.duplicates())
                .append(" | ").append(t.falsePositives()).append(" | ").append(t.acceptable()).append(" | ")
                .append(Tally.percent(t.precision())).append(" | ").append(t.annotations()).append(" | ")
                .append(t.found()).append(" | ").append(Tally.percent(t.recall())).append(" |\n");
    }

    private static void perRule(StringBuilder md, Evaluation e) {
        md.append("## Per rule (TP / dup / FP places, precision)\n\n| rule |");
        SPLITS.forEach(s -> md.append(' ').append(s).append(" |"));
        md.append(" all | annotations found (share of all) |\n|---|---|---|---|---|\n");
        for (String rule : new TreeSet<>(e.places().stream().map(Scorer.Scored::rule).toList())) {
            md.append("| `").append(rule).append("` |");
            for (String split : SPLITS) {
                md.append(' ').append(cell(tally(e, n -> n.gold().split().equals(split), s -> s.rule().equals(rule)))).append(" |");
            }
            long found = e.places().stream()
                    .filter(s -> s.rule().equals(rule) && s.verdict() == Scorer.Verdict.TRUE_POSITIVE)
                    .map(s -> s.note() + ":" + s.annotation().line() + ":" + s.annotation().text()).distinct().count();
            md.append(' ').append(cell(tally(e, n -> true, s -> s.rule().equals(rule)))).append(" | ").append(found)
                    .append(" (").append(Tally.percent((double) found / e.total().annotations())).append(") |\n");
        }
        md.append('\n');
    }

    private static Tally tally(Evaluation e, Predicate<Evaluation.NoteResult> note, Predicate<Scorer.Scored> place) {
        return Tally.of(e.notes(), note, place, a -> false);
    }

    private static String cell(Tally t) {
        return t.truePositives() + " / " + t.duplicates() + " / " + t.falsePositives() + ", " + Tally.percent(t.precision());
    }

    private static void perCategory(StringBuilder md, Evaluation e) {
        md.append("## Per category (found / annotated, recall; precision is per rule: a false positive has no gold category)\n\n| category |");
        SPLITS.forEach(s -> md.append(' ').append(s).append(" |"));
        md.append(" all |\n|---|---|---|---|\n");
        for (String category : new TreeSet<>(Gold.CATEGORIES)) {
            Tally all = Tally.of(e.notes(), n -> true, s -> false, a -> a.category().equals(category));
            if (all.annotations() == 0) {
                continue;
            }
            md.append("| ").append(category).append(" |");
            for (String split : SPLITS) {
                Tally t = Tally.of(e.notes(), n -> n.gold().split().equals(split), s -> false, a -> a.category().equals(category));
                md.append(' ').append(t.found()).append('/').append(t.annotations()).append(", ").append(Tally.percent(t.recall())).append(" |");
            }
            md.append(' ').append(all.found()).append('/').append(all.annotations()).append(", ").append(Tally.percent(all.recall())).append(" |\n");
        }
        md.append('\n');
    }

    private static void perNote(StringBuilder md, Evaluation e) {
        md.append("## Per note\n\n| note | split | kind | annotations by category | found | TP | dup | FP |\n|---|---|---|---|---|---|---|---|\n");
        for (Evaluation.NoteResult n : e.notes()) {
            Map<String, Long> byCategory = new TreeMap<>(n.gold().annotations().stream()
                    .collect(Collectors.groupingBy(Gold.Annotation::category, Collectors.counting())));
            Tally t = Tally.of(List.of(n), x -> true, s -> true, a -> true);
            md.append("| ").append(n.gold().note()).append(" | ").append(n.gold().split()).append(" | ").append(n.gold().kind())
                    .append(" | ").append(byCategory.entrySet().stream().map(x -> x.getKey() + " " + x.getValue()).collect(Collectors.joining(", ")))
                    .append(" | ").append(t.found()).append('/').append(t.annotations()).append(" | ").append(t.truePositives())
                    .append(" | ").append(t.duplicates()).append(" | ").append(t.falsePositives()).append(" |\n");
        }
        md.append('\n');
    }

    private static void falsePositives(StringBuilder md, Evaluation e, String heading) {
        md.append(heading).append(" False positives and duplicates\n\n");
        for (Scorer.Scored s : e.places()) {
            if (s.verdict() == Scorer.Verdict.FALSE_POSITIVE || s.verdict() == Scorer.Verdict.DUPLICATE) {
                md.append("- ").append(s.note()).append(':').append(s.place().line()).append(':').append(s.place().column())
                        .append(" `").append(s.rule()).append("` ‘").append(oneLine(s.place().text())).append("’")
                        .append(s.verdict() == Scorer.Verdict.DUPLICATE ? " (duplicate)" : "")
                        .append(" — ").append(oneLine(s.message())).append('\n');
            }
        }
        md.append('\n');
    }

    /** True positives whose first suggestion is not the gold's correct form: found, but fixed the wrong way. */
    private static void fixes(StringBuilder md, Evaluation e) {
        List<Scorer.Scored> withFix = e.places().stream()
                .filter(s -> s.verdict() == Scorer.Verdict.TRUE_POSITIVE && s.suggestion() != null && !s.annotation().correct().isEmpty())
                .toList();
        List<Scorer.Scored> wrong = withFix.stream().filter(Scorer.Scored::fixDisagrees).toList();
        md.append("## Suggested fixes against the gold's correct form\n\n").append(withFix.size() - wrong.size()).append(" of ")
                .append(withFix.size()).append(" true positives with a suggestion propose the gold's correct form.\n\n");
        for (Scorer.Scored s : wrong) {
            md.append("- ").append(s.note()).append(':').append(s.place().line()).append(" `").append(s.rule()).append("` ‘")
                    .append(oneLine(s.place().text())).append("’ → ‘").append(oneLine(s.suggestion())).append("’, the gold says ‘")
                    .append(s.annotation().correct()).append("’\n");
        }
        md.append('\n');
    }

    private static void misses(StringBuilder md, Evaluation e, String heading) {
        md.append(heading).append(" Missed annotations\n\n");
        for (Evaluation.NoteResult n : e.notes()) {
            for (Gold.Annotation a : n.gold().annotations()) {
                if (!n.found().contains(a)) {
                    md.append("- ").append(n.gold().note()).append(':').append(a.line()).append(" ‘").append(a.text())
                            .append("’ ").append(a.category()).append(a.correct().isEmpty() ? "" : " → " + a.correct()).append('\n');
                }
            }
        }
    }

    /** The notes checked with their English original: the same figures, then what is still wrong or missed. */
    static String withOriginals(Evaluation e) {
        if (e.notes().isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("\n## With the English original (`bitext check --transcript`)\n\n")
                .append("The notes whose English original is at hand, checked with it; the same counting as above.\n\n")
                .append("| note | split | TP | dup | FP | acceptable | precision | annotations | found | recall |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (Evaluation.NoteResult n : e.notes()) {
            row(md, n.gold().note() + " | " + n.gold().split(), Tally.of(List.of(n), x -> true, s -> true, a -> true));
        }
        md.append('\n');
        falsePositives(md, e, "###");
        misses(md, e, "###");
        return md.toString();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replace('\n', ' ').replace("|", "\\|");
    }
}
