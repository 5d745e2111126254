package io.bitext.cli;

import io.bitext.batch.Batch;
import io.bitext.batch.Progress;
import io.bitext.error.BitextException;
import io.bitext.export.ExportOptions;
import io.bitext.export.Exporters;
import io.bitext.html.IndexPage;
import io.bitext.io.AtomicFiles;
import io.bitext.io.NoteFinder;
import io.bitext.io.OutputNames;
import io.bitext.report.CrossNoteReport;
import io.bitext.report.NoteReport;
import io.bitext.report.TextReport;
import io.bitext.session.Session;
import io.bitext.session.Setup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write an HTML report to read in a browser: the note beside its English, every finding "
        + "marked in place, filters by severity, rule and section; for several notes an index with the cross-note report.")
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "NOTE|DIR", description = "A note, or several notes or folders (an index page links their pages).")
    List<Path> paths = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.html",
            description = "The page (default: output/<note>.html; for several notes output/index.html, their pages beside it).")
    Path target;

    @Mixin
    GlossaryOptions glossary;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration (default: bitext.yaml beside each note).")
    Path config;

    @Option(names = "--transcript", paramLabel = "FILE", description = "The English original of the note: each section shows its stretch of it.")
    Path transcript;

    @Override
    public Integer call() {
        if (transcript != null) {
            io.bitext.text.EnglishNlp.preloadInBackground(); // the English original is cut into sentences
        }
        List<Path> notes = NoteFinder.find(paths);
        boolean folder = notes.size() > 1 || paths.stream().anyMatch(Files::isDirectory);
        if (folder && transcript != null) {
            throw new BitextException("--transcript belongs to one note; give that note alone");
        }
        return folder ? index(notes) : note(notes.get(0));
    }

    private int note(Path path) {
        Path page = target != null ? target : OutputNames.resolve(Path.of("output"), path.getFileName().toString(), ".html");
        OutputNames.refuseSource(page, List.of(path));
        Setup setup = Setup.builder().glossary(glossary.load()).config(config).transcript(transcript)
                .translations(page.toAbsolutePath().normalize().getParent()).build();
        Session session = setup.open(path);
        AtomicFiles.write(page, Exporters.byName("html").write(session, ExportOptions.defaults()));
        var out = spec.commandLine().getOut();
        out.println(TextReport.summary(session.check(), path.toString(), setup.glossary()));
        out.println("wrote " + page);
        out.flush();
        return 0;
    }

    private int index(List<Path> notes) {
        Path page = (target != null ? target : Path.of("output", "index.html")).toAbsolutePath().normalize();
        OutputNames.refuseSource(page, notes);
        Path folder = page.getParent();
        Setup setup = Setup.builder().glossary(glossary.load()).config(config).translations(folder).build();
        List<NoteReport> reports = new Batch(setup, folder, List.of(Exporters.byName("html"))).run(notes, Progress.none());
        if (reports.stream().anyMatch(r -> r.files().contains(page))) {
            throw new BitextException(page + ": a note's page has this name; choose another file for the index");
        }
        AtomicFiles.write(page, IndexPage.write(reports, CrossNoteReport.of(reports, setup.glossary()), folder));
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        reports.stream().filter(r -> !r.ok()).forEach(r -> err.println("bitext: " + r.failure()));
        long ok = reports.stream().filter(NoteReport::ok).count();
        out.println(TextReport.count(reports.size(), "note") + ": "
                + TextReport.count(reports.stream().mapToInt(NoteReport::errors).sum(), "error") + ", "
                + TextReport.count(reports.stream().mapToInt(NoteReport::warnings).sum(), "warning") + ", "
                + TextReport.count(reports.stream().mapToInt(NoteReport::infos).sum(), "info"));
        out.println("wrote " + page + " and " + TextReport.count(ok, "note page") + " beside it");
        out.flush();
        err.flush();
        return ok == reports.size() ? 0 : RunCommand.PARTIAL;
    }
}
