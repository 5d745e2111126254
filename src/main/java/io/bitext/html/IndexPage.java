package io.bitext.html;

import io.bitext.report.CrossNoteReport;
import io.bitext.report.NoteReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The page for a folder of notes: each note with its figures and a link to its own page, then the
 * cross-note consistency report (terms rendered or spelt differently from note to note), each note
 * it names a link to that note's page.
 *
 * <pre>{@code
 * byte[] index = IndexPage.write(reports, CrossNoteReport.of(reports, glossary), Path.of("output"));
 * }</pre>
 */
public final class IndexPage {

    private IndexPage() {
    }

    /**
     * @param folder where the index is written; links to the notes' pages are relative to it
     */
    public static byte[] write(List<NoteReport> reports, CrossNoteReport crossNote, Path folder) {
        Map<String, String> pages = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (NoteReport report : reports) {
            String key = report.path() == null ? report.note() : report.path().toString();
            names.put(key, report.note());
            report.files().stream().filter(f -> f.toString().endsWith(".html")).findFirst()
                    .ifPresent(page -> pages.put(key, relative(folder, page)));
        }
        Html out = new Html();
        out.open("header", "class", "top").element("h1", "Bitext report — " + reports.size() + " notes");
        int errors = reports.stream().mapToInt(NoteReport::errors).sum();
        int warnings = reports.stream().mapToInt(NoteReport::warnings).sum();
        int infos = reports.stream().mapToInt(NoteReport::infos).sum();
        long failed = reports.stream().filter(r -> !r.ok()).count();
        out.element("p", reports.size() + " notes: " + errors + " errors, " + warnings + " warnings, " + infos + " infos"
                + (failed > 0 ? "; " + failed + " could not be read" : ""), "class", "summary-line", "id", "summary");
        out.close("header").open("main");
        notes(out, reports, pages);
        crossNote(out, crossNote, pages, names);
        out.close("main");
        return Page.of("Bitext report — " + reports.size() + " notes", out.toString(), false).getBytes(StandardCharsets.UTF_8);
    }

    private static void notes(Html out, List<NoteReport> reports, Map<String, String> pages) {
        out.element("h2", "Notes").open("div", "class", "scroll").open("table", "id", "notes");
        out.raw("<thead><tr><th>note</th><th class=\"n\">sections</th><th class=\"n\">terms</th><th class=\"n\">errors</th>"
                + "<th class=\"n\">warnings</th><th class=\"n\">infos</th></tr></thead><tbody>");
        for (NoteReport r : reports) {
            String key = r.path() == null ? r.note() : r.path().toString();
            out.open("tr").open("td");
            if (pages.containsKey(key)) {
                out.element("a", r.note(), "href", pages.get(key));
            } else {
                out.text(r.note());
            }
            if (!r.ok()) {
                out.element("p", r.failure(), "class", "muted");
            }
            out.close("td");
            for (int n : new int[] {r.sections(), r.terms(), r.errors(), r.warnings(), r.infos()}) {
                out.element("td", String.valueOf(n), "class", "n");
            }
            out.close("tr");
        }
        out.raw("</tbody>").close("table").close("div");
    }

    private static void crossNote(Html out, CrossNoteReport report, Map<String, String> pages, Map<String, String> names) {
        out.open("section", "id", "consistency").element("h2", "Across notes");
        if (report.terms().isEmpty()) {
            out.element("p", "Every term is rendered and spelt the same way in every note.").close("section");
            return;
        }
        out.element("p", report.terms().size() + " terms rendered or spelt differently from note to note.", "class", "muted");
        out.open("div", "class", "scroll").open("table");
        out.raw("<thead><tr><th>term</th><th>differs in</th><th>glossary</th><th>variants and the notes that use them</th></tr></thead><tbody>");
        for (CrossNoteReport.Divergence d : report.terms()) {
            out.open("tr").element("td", d.english(), "lang", "en").element("td", d.kind())
                    .element("td", d.preferred() == null ? "—" : d.preferred()).open("td").open("ul", "class", "terms");
            d.variants().forEach((variant, notes) -> {
                out.open("li").element("q", variant).text(" in " + notes.size() + ": ");
                for (int i = 0; i < notes.size(); i++) {
                    String note = notes.get(i);
                    String label = names.getOrDefault(note, note);
                    out.raw(i == 0 ? "" : ", ");
                    if (pages.containsKey(note)) {
                        out.element("a", label, "href", pages.get(note));
                    } else {
                        out.text(label);
                    }
                }
                out.close("li");
            });
            out.close("ul").close("td").close("tr");
        }
        out.raw("</tbody>").close("table").close("div").close("section");
    }

    /** {@code page} relative to {@code folder}, as a URL path (each name percent-encoded). */
    private static String relative(Path folder, Path page) {
        Path relative = folder.toAbsolutePath().normalize().relativize(page.toAbsolutePath().normalize());
        StringBuilder link = new StringBuilder();
        for (Path name : relative) {
            if (link.length() > 0) {
                link.append('/');
            }
            link.append(java.net.URLEncoder.encode(name.toString(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return link.toString();
    }
}
