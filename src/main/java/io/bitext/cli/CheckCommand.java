package io.bitext.cli;

import io.bitext.error.BitextException;
import io.bitext.batch.InOrder;
import io.bitext.check.CheckResult;
import io.bitext.check.Checker;
import io.bitext.check.Rule;
import io.bitext.check.Severity;
import io.bitext.export.Json;
import io.bitext.export.json.StageJson;
import io.bitext.io.NoteFinder;
import io.bitext.report.SarifReport;
import io.bitext.report.TextReport;
import io.bitext.note.Note;
import io.bitext.session.Session;
import io.bitext.session.Setup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check notes for inconsistent renderings, glossary violations, likely ASR mistakes and typography.")
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

    @Mixin
    GlossaryOptions glossary;

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

    @Override
    public Integer call() {
        if (transcript != null) {
            io.bitext.text.EnglishNlp.preloadInBackground(); // the English original is cut into sentences
        }
        var out = spec.commandLine().getOut();
        if (listRules) {
            out.print(ruleTable(System.console() != null));
            out.flush();
            return 0;
        }
        if (paths.isEmpty()) {
            throw new BitextException("no note given (bitext check NOTE|DIR...)");
        }
        Severity threshold = severity(failOn);
        List<Path> found = NoteFinder.find(paths);
        // one note is read and parsed on the other core while the glossary and the rules load
        Path single = found.size() == 1 ? found.get(0) : null;
        CompletableFuture<Note> early = single == null ? null : ReadAhead.read(single);
        Setup setup = Setup.builder().glossary(glossary.load()).config(config).rules(rules).transcript(transcript).build();
        setup.checker().prepare();
        List<Object> checked = InOrder.map(found, path -> {
            try {
                Session session = path == single ? setup.session(path, read(early)) : setup.open(path);
                session.check();
                return session;
            } catch (BitextException e) {
                if (found.size() == 1) {
                    throw e;
                }
                return e.getMessage(); // one bad note of a folder: said, and the others checked
            }
        });
        List<Session> sessions = new ArrayList<>();
        boolean unread = false;
        for (Object c : checked) {
            if (c instanceof Session session) {
                sessions.add(session);
            } else {
                spec.commandLine().getErr().println("bitext: " + c);
                unread = true;
            }
        }
        boolean colourOn = colour == Colour.always || colour == Colour.auto && System.console() != null && System.getenv("NO_COLOR") == null;
        List<CheckResult> results = sessions.stream().map(Session::check).toList();
        switch (format) {
            case json -> StageJson.write(results.size() == 1 ? results.get(0) : results, out);
            case sarif -> {
                var byPath = new java.util.LinkedHashMap<String, CheckResult>();
                sessions.forEach(s -> byPath.put(s.path().toString(), s.check()));
                out.print(Json.write(SarifReport.of(byPath, Main.version())));
            }
            case text -> sessions.forEach(s -> out.print(TextReport.render(s.check(), s.note().source(), s.path().toString(), colourOn,
                    setup.glossary())));
        }
        out.flush();
        return unread ? 2 : results.stream().anyMatch(r -> r.reaches(threshold)) ? 1 : 0;
    }

    /** The note read in the background, or the reader's own error. */
    private static Note read(CompletableFuture<Note> pending) {
        try {
            return pending.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Every rule; descriptions are cut to the terminal's width only on a terminal, never when piped. */
    static String ruleTable(boolean terminal) {
        TextTable table = new TextTable(List.of("rule", "category", "default", "what it finds"), 0, 0, 0, terminal ? 90 : 0);
        for (Rule rule : Checker.RULES) {
            table.row(rule.id(), rule.category().name().toLowerCase(Locale.ROOT), rule.defaultSeverity().label(), rule.description());
        }
        return table.render();
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
        throw new BitextException("--fail-on takes error, warning or info, not '" + text + "'");
    }
}
