package io.bitext.batch;

import io.bitext.BitextException;
import io.bitext.align.Aligner;
import io.bitext.align.Alignment;
import io.bitext.align.DocumentTerm;
import io.bitext.check.CheckConfig;
import io.bitext.check.CheckResult;
import io.bitext.check.Checker;
import io.bitext.check.Severity;
import io.bitext.docx.DocxExport;
import io.bitext.glossary.GlossaryMatcher;
import io.bitext.io.AtomicFiles;
import io.bitext.note.Note;
import io.bitext.note.NoteReader;
import io.bitext.outline.Outline;
import io.bitext.xliff.TmxWriter;
import io.bitext.xliff.XliffExport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything the main job makes of one note: outline, alignment and check as JSON, XLIFF 1.2, TMX and
 * the DOCX (or those of them asked for), each written atomically under the note's output name. The
 * note is aligned and checked either way: the summary and the cross-note report need both.
 */
final class NotePipeline {
    private final Checker checker;
    private final GlossaryMatcher matcher;
    private final Path output;
    private final Function<Object, byte[]> json;
    private final Translations translations;
    private final Set<NoteOutput> outputs;

    NotePipeline(Checker checker, GlossaryMatcher matcher, Path output, Function<Object, byte[]> json, Translations translations,
                 Set<NoteOutput> outputs) {
        this.checker = checker;
        this.matcher = matcher;
        this.output = output;
        this.json = json;
        this.translations = translations;
        this.outputs = Set.copyOf(outputs);
    }

    NoteReport process(Path path, String stem) {
        try {
            byte[] bytes = io.bitext.io.InputFiles.read(path, io.bitext.note.ReaderOptions.DEFAULT_MAX_BYTES, "a note");
            Note note = NoteReader.parse(path.getFileName().toString(), bytes);
            Outline outline = Outline.of(note);
            Alignment alignment = Aligner.align(note);
            CheckResult check = checker.check(note, alignment, CheckConfig.find(null, path, Checker.ruleIds()), null);
            Map<String, String[]> translated = translations.of(output, note);
            Map<Integer, String> byBlock = new LinkedHashMap<>();
            translated.forEach((unit, texts) -> byBlock.put(Integer.parseInt(unit.substring(1)), texts[1]));
            List<Path> files = new ArrayList<>();
            write(files, stem, NoteOutput.OUTLINE, () -> json.apply(outline));
            write(files, stem, NoteOutput.ALIGN, () -> json.apply(alignment));
            write(files, stem, NoteOutput.CHECK, () -> json.apply(check));
            write(files, stem, NoteOutput.XLIFF, () -> XliffExport.write(note, bytes, matcher, "1.2", "en"));
            write(files, stem, NoteOutput.TMX, () -> TmxWriter.write(alignment, translated, "en"));
            write(files, stem, NoteOutput.DOCX, () -> DocxExport.write(new DocxExport.Input(note, alignment, check, matcher, byBlock), false));
            Map<Severity, Integer> counts = check.counts();
            return new NoteReport(note.name(), path, outline.sections().size(), alignment.document().size(),
                    counts.get(Severity.ERROR), counts.get(Severity.WARNING), counts.get(Severity.INFO), files,
                    renderings(alignment), alignment.document().stream().map(DocumentTerm::english).toList(), null);
        } catch (BitextException e) {
            String name = path.getFileName().toString();
            String message = e.getMessage().startsWith(name) ? path + e.getMessage().substring(name.length()) : e.getMessage();
            return NoteReport.failed(path, message);
        }
    }

    /** Makes and writes one output, when it was asked for. */
    private void write(List<Path> files, String stem, NoteOutput kind, java.util.function.Supplier<byte[]> content) {
        if (outputs.contains(kind)) {
            Path target = output.resolve(stem + kind.suffix());
            AtomicFiles.write(target, content.get());
            files.add(target);
        }
    }

    /** The note's glossed terms: English → Chinese rendering → uses. */
    private static Map<String, Map<String, Integer>> renderings(Alignment alignment) {
        Map<String, Map<String, Integer>> renderings = new LinkedHashMap<>();
        for (DocumentTerm term : alignment.document()) {
            for (DocumentTerm.Rendering r : term.renderings()) {
                if (r.kind().equals("pair") && r.confidence() >= 0.6) {
                    renderings.computeIfAbsent(term.english(), k -> new LinkedHashMap<>()).put(r.text(), r.count());
                }
            }
        }
        return renderings;
    }
}
