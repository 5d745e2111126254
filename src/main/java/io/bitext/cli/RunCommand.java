package io.bitext.cli;

import io.bitext.batch.RunNames;
import io.bitext.check.OtherNotes;
import io.bitext.export.json.StageJson;
import io.bitext.report.CrossNoteReport;
import io.bitext.report.NoteReport;
import io.bitext.batch.Progress;
import io.bitext.export.Exporter;
import io.bitext.export.Exporters;
import io.bitext.glossary.Glossary;
import io.bitext.report.TextReport;
import io.bitext.session.Setup;
import io.bitext.glossary.GlossaryFiles;
import io.bitext.io.AtomicFiles;
import io.bitext.io.NoteFinder;
import io.bitext.io.OutputNames;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true, description = "The main job: outline, alignment, check, XLIFF, TMX and DOCX of every note, "
        + "the glossary exports and a cross-note consistency report, into the output folder.")
final class RunCommand implements Callable<Integer> {
    /** Rows of the summary table shown before it is cut short; the JSON files hold every note. */
    private static final int SHOWN = 25;

    /** Exit code when some notes failed (each named on stderr) and everything else was written. */
    static final int PARTIAL = 4;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "NOTE|DIR", description = "Notes or folders, searched recursively (default: seeds/).")
    List<Path> paths = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Output folder (default: output/).")
    Path output = Path.of("output");

    @Mixin
    GlossaryOptions glossary;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration for every note (default: bitext.yaml beside each note).")
    Path config;

    /** The format names for help, from the registry. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Exporters.all().stream().map(Exporter::name).iterator();
        }
    }

    @Option(names = "--formats", split = ",", paramLabel = "FORMAT", completionCandidates = FormatNames.class,
            description = "Per-note outputs to write, by name ${COMPLETION-CANDIDATES} (default: all). "
                    + "The glossary exports and the consistency report are always written.")
    List<String> formats;

    @Option(names = "--progress", negatable = true, description = "Show a progress bar (default: on a terminal only).")
    Boolean progress;

    @Override
    public Integer call() {
        List<Exporter> outputs = formats == null ? Exporters.all() : Exporters.parse(formats);
        List<Path> notes = NoteFinder.find(paths.isEmpty() ? List.of(Path.of("seeds")) : paths);
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Glossary terms = glossary.load();
        List<Path> written = new ArrayList<>();
        written.add(write(OutputNames.resolve(output, "glossary", ".tbx"), GlossaryFiles.write(terms.entries(), GlossaryFiles.Format.tbx), notes));
        written.add(write(OutputNames.resolve(output, "glossary", ".csv"), GlossaryFiles.write(terms.entries(), GlossaryFiles.Format.csv), notes));
        long started = System.nanoTime();
        Path folder = output.toAbsolutePath().normalize();
        Setup single = Setup.builder().glossary(terms).config(config).translations(folder).build();
        // each note's names are held against the others'
        RunNames.Outcome outcome = RunNames.run(single, folder, outputs, notes, showProgress() ? Progress.bar(err) : Progress.none());
        List<NoteReport> reports = outcome.reports();
        OtherNotes names = outcome.names();
        double seconds = (System.nanoTime() - started) / 1e9;
        CrossNoteReport crossNote = CrossNoteReport.of(reports, terms, names);
        written.add(write(OutputNames.resolve(output, "consistency", ".json"), StageJson.bytes(crossNote), notes));
        reports.stream().filter(r -> !r.ok()).forEach(r -> err.println("bitext: " + r.failure()));
        summary(out, reports, seconds);
        crossNote(out, crossNote, notes.size());
        nearMisses(out, crossNote);
        reports.forEach(r -> written.addAll(r.files()));
        if (reports.size() <= 3) {
            written.forEach(file -> out.println("wrote " + file));
        } else {
            out.println("wrote " + written.size() + " files to " + output.toAbsolutePath().normalize());
        }
        out.flush();
        err.flush();
        return reports.stream().allMatch(NoteReport::ok) ? 0 : PARTIAL;
    }

    private boolean showProgress() {
        return progress != null ? progress : System.console() != null && System.getenv("CI") == null;
    }

    private static void summary(PrintWriter out, List<NoteReport> reports, double seconds) {
        TextTable table = new TextTable(List.of("note", "sections", "terms", "errors", "warnings", "infos", "files"), 40);
        reports.stream().limit(SHOWN).forEach(r -> {
            if (r.ok()) {
                table.row(r.note(), r.sections(), r.terms(), r.errors(), r.warnings(), r.infos(), r.files().size());
            } else {
                table.row(r.note(), "failed", "", "", "", "", 0);
            }
        });
        out.print(table.render());
        if (reports.size() > SHOWN) {
            out.println("… and " + (reports.size() - SHOWN) + " more notes (every note's results are in its .check.json)");
        }
        long ok = reports.stream().filter(NoteReport::ok).count();
        out.printf("%d note%s in %.1f s (%.1f notes/s): %d done, %d failed; %s, %s, %s%n", reports.size(),
                reports.size() == 1 ? "" : "s", seconds,
                reports.size() / Math.max(seconds, 1e-9), ok, reports.size() - ok,
                TextReport.count(reports.stream().mapToInt(NoteReport::errors).sum(), "error"),
                TextReport.count(reports.stream().mapToInt(NoteReport::warnings).sum(), "warning"),
                TextReport.count(reports.stream().mapToInt(NoteReport::infos).sum(), "info"));
    }

    private static void crossNote(PrintWriter out, CrossNoteReport report, int notes) {
        if (notes < 2) {
            return;
        }
        if (report.terms().isEmpty()) {
            out.println("Across notes: every term is rendered and spelt the same way.");
            return;
        }
        out.println("Across notes: " + report.terms().size() + " terms rendered or spelt differently from note to note (all in consistency.json)");
        TextTable table = new TextTable(List.of("term", "differs in", "glossary", "variants (notes)"), 30, 0, 24, 110);
        report.terms().stream().limit(10).forEach(t -> table.row(t.english(), t.kind(), t.preferred() == null ? "—" : t.preferred(),
                t.variants().entrySet().stream().map(e -> e.getKey() + " in " + e.getValue().size() + " (" + names(e) + ")")
                        .collect(Collectors.joining("; "))));
        out.print(table.render());
    }

    /** Each name one note spells unlike several others: in that note's findings too, as asr.near-miss. */
    private static void nearMisses(PrintWriter out, CrossNoteReport report) {
        List<CrossNoteReport.Divergence> misses = report.terms().stream().filter(t -> t.kind().equals("near-miss")).toList();
        if (misses.isEmpty()) {
            return;
        }
        out.println("Names one note spells unlike several others (asr.near-miss in that note):");
        for (CrossNoteReport.Divergence miss : misses) {
            List<Map.Entry<String, List<String>>> variants = List.copyOf(miss.variants().entrySet());
            Map.Entry<String, List<String>> lone = variants.get(variants.size() - 1);
            out.println("  " + names(lone) + " writes ‘" + lone.getKey() + "’; " + variants.get(0).getValue().size()
                    + " notes write ‘" + miss.english() + "’ (" + names(variants.get(0)) + ")");
        }
    }

    private static String names(Map.Entry<String, List<String>> variant) {
        List<String> notes = variant.getValue().stream().map(n -> Path.of(n).getFileName().toString()).toList();
        return String.join(", ", notes.subList(0, Math.min(3, notes.size()))) + (notes.size() > 3 ? ", …" : "");
    }

    private static Path write(Path target, byte[] bytes, List<Path> sources) {
        OutputNames.refuseSource(target, sources);
        AtomicFiles.write(target, bytes);
        return target;
    }
}
