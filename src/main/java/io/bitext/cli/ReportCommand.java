package io.bitext.cli;

import io.bitext.BitextException;
import io.bitext.align.Aligner;
import io.bitext.align.Alignment;
import io.bitext.batch.Batch;
import io.bitext.batch.CrossNoteReport;
import io.bitext.batch.NoteOutput;
import io.bitext.batch.NoteReport;
import io.bitext.batch.Progress;
import io.bitext.check.CheckConfig;
import io.bitext.check.CheckResult;
import io.bitext.check.Checker;
import io.bitext.glossary.Glossary;
import io.bitext.glossary.GlossaryMatcher;
import io.bitext.html.HtmlReport;
import io.bitext.html.IndexPage;
import io.bitext.io.AtomicFiles;
import io.bitext.io.NoteFinder;
import io.bitext.io.OutputNames;
import io.bitext.note.Note;
import io.bitext.note.NoteReader;
import io.bitext.report.TextReport;
import io.bitext.transcript.TranscriptAligner;
import io.bitext.transcript.TranscriptAlignment;
import io.bitext.transcript.TranscriptReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "report", description = "Write an HTML report to read in a browser: the note beside its English, every finding "
        + "marked in place, filters by severity, rule and section; for several notes an index with the cross-note report.")
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "NOTE|DIR", description = "A note, or several notes or folders (an index page links their pages).")
    List<Path> paths = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.html",
            description = "The page (default: output/<note>.html; for several notes output/index.html, their pages beside it).")
    Path target;

    @Option(names = {"-g", "--glossary"}, paramLabel = "DIR|FILE", description = "Glossary (default: glossary/ when present).")
    Path glossary;

    @Option(names = "--transcript", paramLabel = "FILE", description = "The English original of the note: each section shows its stretch of it.")
    Path transcript;

    @Override
    public Integer call() {
        io.bitext.text.EnglishNlp.preloadInBackground();
        List<Path> notes = NoteFinder.find(paths);
        boolean folder = notes.size() > 1 || paths.stream().anyMatch(Files::isDirectory);
        if (folder && transcript != null) {
            throw new BitextException("--transcript belongs to one note; give that note alone");
        }
        Glossary terms = CheckCommand.glossary(glossary);
        return folder ? index(notes, terms) : note(notes.get(0), terms);
    }

    private int note(Path path, Glossary terms) {
        Note note = NoteReader.read(path);
        Path page = target != null ? target : OutputNames.resolve(Path.of("output"), note.name(), ".html");
        OutputNames.refuseSource(page, List.of(path));
        GlossaryMatcher matcher = GlossaryMatcher.of(terms);
        Alignment alignment = Aligner.align(note);
        TranscriptAlignment english = transcript == null ? null : TranscriptAligner.align(note, alignment, TranscriptReader.read(transcript));
        CheckResult check = new Checker(terms, matcher).check(note, alignment, CheckConfig.find(null, path, Checker.ruleIds()), null, english);
        Path folder = page.toAbsolutePath().getParent();
        var translations = Targets.byBlock(Targets.read(folder, note));
        AtomicFiles.write(page, HtmlReport.write(new HtmlReport.Input(note, alignment, check, matcher, translations, english,
                path.toString(), path.toAbsolutePath().normalize().toUri().toString())));
        var out = spec.commandLine().getOut();
        out.println(TextReport.summary(check, path.toString()));
        out.println("wrote " + page);
        out.flush();
        return 0;
    }

    private int index(List<Path> notes, Glossary terms) {
        Path page = (target != null ? target : Path.of("output", "index.html")).toAbsolutePath().normalize();
        OutputNames.refuseSource(page, notes);
        Path folder = page.getParent();
        Batch batch = new Batch(terms, folder, value -> Json.write(value).getBytes(StandardCharsets.UTF_8), Targets::read,
                EnumSet.of(NoteOutput.HTML));
        List<NoteReport> reports = batch.run(notes, Progress.none());
        if (reports.stream().anyMatch(r -> r.files().contains(page))) {
            throw new BitextException(page + ": a note's page has this name; choose another file for the index");
        }
        AtomicFiles.write(page, IndexPage.write(reports, CrossNoteReport.of(reports, terms), folder));
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        reports.stream().filter(r -> !r.ok()).forEach(r -> err.println("bitext: " + r.failure()));
        long ok = reports.stream().filter(NoteReport::ok).count();
        out.println(reports.size() + " notes: " + reports.stream().mapToInt(NoteReport::errors).sum() + " errors, "
                + reports.stream().mapToInt(NoteReport::warnings).sum() + " warnings, " + reports.stream().mapToInt(NoteReport::infos).sum() + " infos");
        out.println("wrote " + page + " and " + ok + " note pages beside it");
        out.flush();
        err.flush();
        return ok == reports.size() ? 0 : 2;
    }
}
