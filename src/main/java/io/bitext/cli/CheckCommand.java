package io.bitext.cli;

import io.bitext.check.CheckConfig;
import io.bitext.check.CheckResult;
import io.bitext.check.Checker;
import io.bitext.check.Rule;
import io.bitext.check.Severity;
import io.bitext.glossary.Glossary;
import io.bitext.io.NoteFinder;
import io.bitext.note.Note;
import io.bitext.note.NoteReader;
import io.bitext.report.SarifReport;
import io.bitext.report.TextReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", description = "Check notes for inconsistent renderings, glossary violations, likely ASR mistakes and typography.")
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json, sarif }

    enum Colour { auto, always, never }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "NOTE|DIR", description = "Notes, or folders of notes.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "text|json|sarif", description = "Output format (default: text).")
    Format format = Format.text;

    @Option(names = "--fail-on", paramLabel = "error|warning|info", description = "Exit 1 when a finding reaches this severity (default: error).")
    String failOn = "error";

    @Option(names = {"-g", "--glossary"}, paramLabel = "DIR|FILE", description = "Glossary (default: glossary/ when present).")
    Path glossary;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration (default: bitext.yaml beside each note).")
    Path config;

    @Option(names = "--rules", split = ",", paramLabel = "ID", description = "Run only these rules.")
    Set<String> rules;

    @Option(names = "--transcript", paramLabel = "FILE", description = "The English original (SRT, WebVTT or text): report names it renders differently.")
    Path transcript;

    @Option(names = "--list-rules", description = "List the rules with their default severity and exit.")
    boolean listRules;

    @Option(names = "--color", paramLabel = "auto|always|never", description = "Colour the text report (default: auto, on a terminal).")
    Colour colour = Colour.auto;

    static Glossary glossary(Path given) {
        if (given != null) {
            return Glossary.load(given);
        }
        return Files.isDirectory(Path.of("glossary")) ? Glossary.load(Path.of("glossary")) : Glossary.empty();
    }

    static Set<String> validRules(Set<String> rules) {
        if (rules != null) {
            for (String id : rules) {
                if (!Checker.ruleIds().contains(id)) {
                    throw new io.bitext.BitextException("unknown rule '" + id + "' (see bitext check --list-rules)");
                }
            }
        }
        return rules;
    }

    @Override
    public Integer call() {
        io.bitext.text.EnglishNlp.preloadInBackground();
        var out = spec.commandLine().getOut();
        if (listRules) {
            TextTable table = new TextTable(List.of("rule", "category", "default", "what it finds"), 0, 0, 0, 90);
            for (Rule rule : Checker.RULES) {
                table.row(rule.id(), rule.category().name().toLowerCase(java.util.Locale.ROOT), rule.defaultSeverity().label(), rule.description());
            }
            out.print(table.render());
            out.flush();
            return 0;
        }
        if (paths.isEmpty()) {
            throw new io.bitext.BitextException("no note given (bitext check NOTE|DIR...)");
        }
        Severity threshold = severity(failOn);
        Checker checker = new Checker(glossary(glossary));
        Set<String> only = validRules(rules);
        var original = transcript == null ? null : io.bitext.transcript.TranscriptReader.read(transcript);
        List<Path> found = NoteFinder.find(paths);
        List<Checked> checked = io.bitext.batch.InOrder.map(found, path -> {
            Note note;
            try {
                note = NoteReader.read(path);
            } catch (io.bitext.BitextException e) {
                if (found.size() == 1) {
                    throw e;
                }
                return new Checked(path, null, null, e.getMessage()); // one bad note of a folder: said, and the others checked
            }
            CheckConfig settings = CheckConfig.find(config, path, Checker.ruleIds());
            var alignment = io.bitext.align.Aligner.align(note);
            var aligned = original == null ? null : io.bitext.transcript.TranscriptAligner.align(note, alignment, original);
            return new Checked(path, note, checker.check(note, alignment, settings, only, aligned), null);
        });
        Map<String, CheckResult> results = new LinkedHashMap<>();
        Map<String, Note> notes = new LinkedHashMap<>();
        boolean unread = false;
        for (Checked c : checked) {
            if (c.error() != null) {
                spec.commandLine().getErr().println("bitext: " + c.error());
                unread = true;
                continue;
            }
            results.put(c.path().toString(), c.result());
            notes.put(c.path().toString(), c.note());
        }
        boolean colourOn = colour == Colour.always || colour == Colour.auto && System.console() != null && System.getenv("NO_COLOR") == null;
        switch (format) {
            case json -> out.print(Json.write(results.size() == 1 ? results.values().iterator().next() : results.values()));
            case sarif -> out.print(Json.write(SarifReport.of(results, Main.version())));
            case text -> results.forEach((path, result) -> out.print(TextReport.render(result, notes.get(path).source(), path, colourOn)));
        }
        out.flush();
        spec.commandLine().getErr().flush();
        return unread ? 2 : results.values().stream().anyMatch(r -> r.reaches(threshold)) ? 1 : 0;
    }

    /** One note's check, kept with the note for the text report. */
    private record Checked(Path path, Note note, CheckResult result, String error) {
    }

    static Severity severity(String text) {
        try {
            Severity s = Severity.parse(text);
            if (s != Severity.OFF) {
                return s;
            }
        } catch (IllegalArgumentException ignored) {
            // fall through to the message below
        }
        throw new io.bitext.BitextException("--fail-on takes error, warning or info, not '" + text + "'");
    }
}
