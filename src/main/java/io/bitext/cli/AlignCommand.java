package io.bitext.cli;

import io.bitext.export.Json;
import io.bitext.error.BitextException;
import io.bitext.align.AlignedTerm;
import io.bitext.align.Alignment;
import io.bitext.align.DocumentTerm;
import io.bitext.export.json.StageJson;
import io.bitext.note.Excerpt;
import io.bitext.align.RenderingSource;
import io.bitext.align.SectionAlignment;
import io.bitext.io.NoteFinder;
import io.bitext.session.Setup;
import io.bitext.transcript.Transcript;
import io.bitext.transcript.TranscriptAlignment;
import io.bitext.transcript.TranscriptReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "align", mixinStandardHelpOptions = true, description = "Align notes section by section with the English terms they keep inline.")
final class AlignCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "NOTE|DIR", description = "Notes, or folders to search for .md/.txt notes.")
    List<Path> paths;

    @Option(names = "--json", description = "Print the full alignment as JSON.")
    boolean json;

    @Option(names = "--section", paramLabel = "N", description = "Only section N (as `bitext outline` numbers them).")
    Integer section;

    @Option(names = "--transcript", paramLabel = "FILE", description = "Also align each section with its stretch of the English original (SRT, WebVTT or text).")
    Path transcript;

    @Override
    public Integer call() {
        if (transcript != null) {
            io.bitext.text.EnglishNlp.preloadInBackground(); // the English original is cut into sentences
        }
        List<Alignment> alignments = new ArrayList<>();
        List<Path> notes = NoteFinder.find(paths);
        if (transcript != null) {
            return withTranscript(notes);
        }
        alignments.addAll(io.bitext.batch.InOrder.map(notes, note -> {
            Alignment alignment = Setup.defaults().open(note).alignment();
            if (section != null && alignment.section(section) == null) {
                throw new BitextException(note + ": has no section " + section
                        + " (it has " + alignment.sections().stream().filter(s -> s.index() > 0).count() + ")");
            }
            return alignment;
        }));
        var out = spec.commandLine().getOut();
        if (json) {
            List<Object> values = new ArrayList<>();
            for (Alignment a : alignments) {
                values.add(section == null ? a : a.section(section));
            }
            StageJson.write(values.size() == 1 ? values.get(0) : values, out);
        } else {
            alignments.forEach(a -> out.print(render(a, section)));
        }
        out.flush();
        return 0;
    }

    private int withTranscript(List<Path> notes) {
        if (notes.size() != 1) {
            throw new BitextException("--transcript goes with one note, not " + notes.size());
        }
        Transcript english = TranscriptReader.read(transcript);
        TranscriptAlignment aligned = Setup.builder().transcript(english).build().open(notes.get(0)).english();
        var out = spec.commandLine().getOut();
        if (json) {
            out.print(Json.write(section == null ? aligned : aligned.section(section)));
        } else {
            out.print(TranscriptTable.render(aligned, english, section));
        }
        out.flush();
        return 0;
    }

    static String render(Alignment alignment, Integer only) {
        StringBuilder text = new StringBuilder(alignment.note()).append(" — ").append(alignment.title()).append("\n\n");
        for (SectionAlignment s : alignment.sections()) {
            if (only != null && s.index() != only || s.terms().isEmpty() && s.quotes().isEmpty()) {
                continue;
            }
            text.append(s.index() == 0 ? "[" + s.title() + "]" : "§" + s.index() + " " + s.title())
                    .append(s.timeRange() == null ? "" : "  " + s.timeRange()).append("  (line ").append(s.line()).append(")\n");
            TextTable table = new TextTable(List.of("English", "中文", "uses", "where"), 40, 36, 0, 60);
            for (AlignedTerm t : s.terms()) {
                table.row(t.english(), rendering(t), t.count(), places(t.places()));
            }
            text.append(table.render());
            if (!s.quotes().isEmpty()) {
                text.append("quoted: ").append(s.quotes().stream().map(q -> "“" + q.text() + "” " + q.position())
                        .collect(Collectors.joining("; "))).append('\n');
            }
            text.append('\n');
        }
        if (only == null) {
            text.append(documentTable(alignment));
        }
        return text.toString();
    }

    private static String rendering(AlignedTerm t) {
        if (t.rendering() == null) {
            return "—";
        }
        return t.source() == RenderingSource.INHERITED ? "(" + t.rendering() + ")" : t.rendering();
    }

    private static String places(List<Excerpt> places) {
        return places.stream().map(Excerpt::position).distinct().collect(Collectors.joining(" "));
    }

    private static String documentTable(Alignment alignment) {
        TextTable table = new TextTable(List.of("English", "renderings", "forms", "uses", "sections"), 40, 50, 40, 0, 40);
        for (DocumentTerm t : alignment.document()) {
            if (t.renderings().isEmpty() && t.forms().size() < 2) {
                continue;
            }
            table.row(t.english(),
                    t.renderings().stream().map(r -> r.text() + " ×" + r.count()).collect(Collectors.joining(", ")),
                    t.forms().size() < 2 ? "" : t.forms().stream().map(f -> f.text() + " ×" + f.count()).collect(Collectors.joining(", ")),
                    t.count(), t.sections().stream().map(i -> i == 0 ? "·" : String.valueOf(i)).collect(Collectors.joining(",")));
        }
        long bare = alignment.document().stream().filter(t -> t.renderings().isEmpty() && t.forms().size() < 2).count();
        return "Whole note: glossed terms and terms written more than one way (" + bare + " other bare terms)\n"
                + table.render() + "(…) = rendering inherited from another section; · = cover and summary\n\n";
    }
}
