package io.bitext.lsp;

import io.bitext.align.DocumentTerm;
import io.bitext.batch.Batch;
import io.bitext.batch.Progress;
import io.bitext.error.BitextException;
import io.bitext.io.NoteFinder;
import io.bitext.note.Excerpt;
import io.bitext.report.CrossNoteReport;
import io.bitext.report.NoteReport;
import io.bitext.session.Session;
import io.bitext.session.Setup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;

/**
 * The folder the editor opened, read as {@code bitext run} reads it (without writing anything) to find
 * what differs between its notes: a note that renders or spells a term otherwise than the folder's
 * other notes gets an information diagnostic at each place it does so. The folder is read in the
 * background at start and again after a save; until then notes get their own findings only.
 */
final class WorkspaceNotes {
    static final String RULE = "consistency.cross-note";

    private final Setup setup;
    private final List<Path> folders = new ArrayList<>();
    private final ExecutorService reader = Executors.newSingleThreadExecutor(NoteDocuments.daemon("bitext-workspace"));
    private volatile CrossNoteReport report = new CrossNoteReport(List.of());

    WorkspaceNotes(Setup setup) {
        this.setup = setup;
    }

    synchronized void open(List<Path> roots) {
        folders.clear();
        roots.forEach(r -> folders.add(r.toAbsolutePath().normalize()));
    }

    /** Reads the folders again in the background, then runs {@code afterwards}. */
    void refresh(Runnable afterwards) {
        List<Path> roots;
        synchronized (this) {
            roots = List.copyOf(folders);
        }
        if (roots.isEmpty()) {
            return;
        }
        reader.submit(() -> {
            try {
                List<NoteReport> reports = new Batch(setup, roots.get(0), List.of()).run(NoteFinder.find(roots), Progress.none());
                report = CrossNoteReport.of(reports, setup.glossary());
            } catch (BitextException e) {
                // a folder that vanished or cannot be listed: the notes keep the last report and their own findings
                return;
            }
            afterwards.run();
        });
    }

    CrossNoteReport report() {
        return report;
    }

    /** The cross-note diagnostics for one note, at the places of its minority renderings and spellings. */
    List<Diagnostic> diagnostics(Path path, Session session, Positions positions) {
        if (path == null) {
            return List.of();
        }
        String me = path.toString();
        List<Diagnostic> found = new ArrayList<>();
        for (CrossNoteReport.Divergence d : report.terms()) {
            for (Map.Entry<String, List<String>> variant : d.variants().entrySet()) {
                if (!variant.getValue().contains(me)) {
                    continue;
                }
                List<String> others = others(d, variant.getKey());
                if (others.isEmpty()) {
                    continue;
                }
                String message = "‘" + d.english() + "’ is " + (d.kind().equals("rendering") ? "rendered ‘" : "written ‘")
                        + variant.getKey() + "’ here; other notes of the folder use " + String.join("; ", others);
                for (Excerpt place : places(session, d, variant.getKey())) {
                    found.add(new Diagnostic(positions.of(place), message, DiagnosticSeverity.Information, Diagnostics.SOURCE, RULE));
                }
            }
        }
        return found;
    }

    /** The variants used by more notes than this one's, each with its notes: what the folder prefers. */
    private static List<String> others(CrossNoteReport.Divergence d, String mine) {
        int myCount = d.variants().get(mine).size();
        return d.variants().entrySet().stream()
                .filter(e -> !e.getKey().equals(mine) && e.getValue().size() >= myCount)
                .map(e -> "‘" + e.getKey() + "’ (" + e.getValue().size() + (e.getValue().size() == 1 ? " note: " : " notes: ")
                        + e.getValue().stream().map(p -> Path.of(p).getFileName().toString()).limit(3).collect(Collectors.joining(", "))
                        + (e.getValue().size() > 3 ? ", …" : "") + ")")
                .toList();
    }

    private static List<Excerpt> places(Session session, CrossNoteReport.Divergence d, String variant) {
        DocumentTerm term = session.alignment().term(d.english());
        if (term == null) {
            return List.of();
        }
        if (d.kind().equals("rendering")) {
            return term.renderings().stream().filter(r -> r.text().equals(variant)).flatMap(r -> r.places().stream()).toList();
        }
        return term.forms().stream().filter(f -> f.text().equals(variant)).flatMap(f -> f.places().stream()).toList();
    }

    void shutdown() {
        reader.shutdownNow();
    }
}
