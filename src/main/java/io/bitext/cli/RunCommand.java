package io.bitext.cli;

import io.bitext.BitextException;
import io.bitext.check.CheckConfig;
import io.bitext.check.CheckResult;
import io.bitext.check.Checker;
import io.bitext.check.Severity;
import io.bitext.docx.DocxExport;
import io.bitext.glossary.Glossary;
import io.bitext.glossary.GlossaryMatcher;
import io.bitext.xliff.TmxWriter;
import io.bitext.xliff.XliffExport;
import java.util.Map;
import io.bitext.glossary.GlossaryFiles;
import java.nio.charset.StandardCharsets;
import io.bitext.align.Aligner;
import io.bitext.align.Alignment;
import io.bitext.io.AtomicFiles;
import io.bitext.io.NoteFinder;
import io.bitext.io.OutputNames;
import io.bitext.note.Note;
import io.bitext.note.NoteReader;
import io.bitext.outline.Outline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "run", description = "The main job: process notes into the output folder and print a summary.")
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "NOTE|DIR", description = "Notes or folders (default: seeds/).")
    List<Path> paths = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Output folder (default: output/).")
    Path output = Path.of("output");

    @Option(names = {"-g", "--glossary"}, paramLabel = "DIR|FILE", description = "Glossary (default: glossary/).")
    Path glossary = Path.of("glossary");

    @Override
    public Integer call() {
        io.bitext.text.EnglishNlp.preloadInBackground();
        List<Path> notes = NoteFinder.find(paths.isEmpty() ? List.of(Path.of("seeds")) : paths);
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        TextTable summary = new TextTable(List.of("note", "sections", "turns", "terms", "errors", "warnings", "infos", "files"), 40);
        List<Path> written = new ArrayList<>();
        int failures = 0;
        Glossary terms = Glossary.load(glossary);
        Checker checker = new Checker(terms);
        GlossaryMatcher matcher = GlossaryMatcher.of(terms);
        written.add(write(output.resolve("glossary.tbx"), GlossaryFiles.write(terms.entries(), GlossaryFiles.Format.tbx), notes));
        written.add(write(output.resolve("glossary.csv"), GlossaryFiles.write(terms.entries(), GlossaryFiles.Format.csv), notes));
        for (Path path : notes) {
            try {
                Note note = NoteReader.read(path);
                Outline outline = Outline.of(note);
                Alignment alignment = Aligner.align(note);
                CheckResult check = checker.check(note, alignment, CheckConfig.find(null, path, Checker.ruleIds()), null);
                List<Path> files = List.of(
                        writeJson(note, ".outline.json", outline, notes),
                        writeJson(note, ".align.json", alignment, notes),
                        writeJson(note, ".check.json", check, notes),
                        write(OutputNames.resolve(output, note.name(), ".xlf"),
                                XliffExport.write(note, ExportCommand.read(path), matcher, "1.2", "en"), notes),
                        write(OutputNames.resolve(output, note.name(), ".tmx"),
                                TmxWriter.write(alignment, Targets.read(output, note), "en"), notes),
                        write(OutputNames.resolve(output, note.name(), ".docx"), DocxExport.write(new DocxExport.Input(note,
                                alignment, check, matcher, Targets.byBlock(Targets.read(output, note))), false), notes));
                written.addAll(files);
                Map<Severity, Integer> counts = check.counts();
                summary.row(note.name(), outline.sections().size(), outline.totalTurns(), alignment.document().size(),
                        counts.get(Severity.ERROR), counts.get(Severity.WARNING), counts.get(Severity.INFO), files.size());
            } catch (BitextException e) {
                err.println("bitext: " + e.getMessage());
                failures++;
            }
        }
        out.print(summary.render());
        for (Path file : written) {
            out.println("wrote " + file);
        }
        out.flush();
        return failures > 0 ? 2 : 0;
    }

    private Path writeJson(Note note, String suffix, Object value, List<Path> sources) {
        return write(OutputNames.resolve(output, note.name(), suffix), Json.write(value).getBytes(StandardCharsets.UTF_8), sources);
    }

    private static Path write(Path target, byte[] bytes, List<Path> sources) {
        OutputNames.refuseSource(target, sources);
        AtomicFiles.write(target, bytes);
        return target;
    }
}
