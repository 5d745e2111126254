package io.bitext.batch;

import io.bitext.report.NoteReport;
import io.bitext.error.BitextException;
import io.bitext.align.Alignment;
import io.bitext.align.DocumentTerm;
import io.bitext.check.Severity;
import io.bitext.export.ExportOptions;
import io.bitext.export.Exporter;
import io.bitext.io.AtomicFiles;
import io.bitext.session.Session;
import io.bitext.session.Setup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Everything the main job makes of one note: each format asked for, written atomically under the
 * note's output name, from one {@link Session}. The note is aligned and checked either way: the
 * summary and the cross-note report need both.
 */
final class NotePipeline {
    private final Setup setup;
    private final Path output;
    private final List<Exporter> formats;
    private final BiConsumer<String, Set<String>> names;

    NotePipeline(Setup setup, Path output, List<Exporter> formats, BiConsumer<String, Set<String>> names) {
        this.setup = setup;
        this.output = output;
        this.formats = List.copyOf(formats);
        this.names = names;
    }

    NoteReport process(Path path, String stem) {
        try {
            Session session = setup.open(path);
            Alignment alignment = session.alignment();
            names.accept(Setup.runName(path, session.note()), RunNames.in(alignment.extraction()));
            var check = session.check();
            List<Path> files = new ArrayList<>();
            for (Exporter format : formats) {
                Path target = output.resolve(stem + format.suffix());
                AtomicFiles.write(target, format.write(session, ExportOptions.defaults()));
                files.add(target);
            }
            Map<Severity, Integer> counts = check.counts();
            return new NoteReport(session.note().name(), path, session.note().sections().size(), alignment.document().size(),
                    counts.get(Severity.ERROR), counts.get(Severity.WARNING), counts.get(Severity.INFO), files,
                    renderings(alignment), alignment.document().stream().map(DocumentTerm::english).toList(), null);
        } catch (BitextException e) {
            String name = path.getFileName().toString();
            String message = e.getMessage().startsWith(name) ? path + e.getMessage().substring(name.length()) : e.getMessage();
            return NoteReport.failed(path, message);
        }
    }

    /** The note's glossed terms: English → Chinese rendering → uses. */
    private static Map<String, Map<String, Integer>> renderings(Alignment alignment) {
        Map<String, Map<String, Integer>> renderings = new LinkedHashMap<>();
        for (DocumentTerm term : alignment.document()) {
            for (DocumentTerm.Rendering r : term.renderings()) {
                if (r.isTrusted()) {
                    renderings.computeIfAbsent(term.english(), k -> new LinkedHashMap<>()).put(r.text(), r.count());
                }
            }
        }
        return renderings;
    }
}
