package io.bitext.cli;

import io.bitext.BitextException;
import io.bitext.align.Aligner;
import io.bitext.align.Alignment;
import io.bitext.check.CheckConfig;
import io.bitext.check.CheckResult;
import io.bitext.check.Checker;
import io.bitext.docx.DocxExport;
import io.bitext.glossary.Glossary;
import io.bitext.glossary.GlossaryMatcher;
import io.bitext.io.AtomicFiles;
import io.bitext.io.OutputNames;
import io.bitext.note.Note;
import io.bitext.note.NoteReader;
import io.bitext.transcript.TranscriptAligner;
import io.bitext.transcript.TranscriptAlignment;
import io.bitext.transcript.TranscriptReader;
import io.bitext.xliff.PseudoTranslation;
import io.bitext.xliff.TmxWriter;
import io.bitext.xliff.Units;
import io.bitext.xliff.XliffExport;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", description = "Export a note: XLIFF 1.2 or 2.1 for CAT tools, TMX of its aligned terms, a bilingual DOCX.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NOTE", description = "The note to export.")
    Path path;

    @Option(names = "--xliff", arity = "0..1", fallbackValue = "", paramLabel = "FILE", description = "Write XLIFF (default file: OUTPUT/<note>.xlf).")
    String xliff;

    @Option(names = "--xliff-version", paramLabel = "1.2|2.1", description = "XLIFF version (default: 1.2, what most CAT tools import).")
    String xliffVersion = "1.2";

    @Option(names = "--target-lang", paramLabel = "LANG", description = "Target language (default: en).")
    String targetLang = "en";

    @Option(names = "--pseudo", description = "Fill the XLIFF targets with a pseudo-translation, to test a round trip.")
    boolean pseudo;

    @Option(names = "--tmx", arity = "0..1", fallbackValue = "", paramLabel = "FILE", description = "Write TMX of the aligned term pairs (default file: OUTPUT/<note>.tmx).")
    String tmx;

    @Option(names = "--docx", arity = "0..1", fallbackValue = "", paramLabel = "FILE", description = "Write the bilingual side-by-side DOCX (default file: OUTPUT/<note>.docx).")
    String docx;

    @Option(names = "--landscape", description = "DOCX pages in landscape.")
    boolean landscape;

    @Option(names = "--transcript", paramLabel = "FILE", description = "The English original: the DOCX shows each section's stretch of it.")
    Path transcript;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Folder for default file names (default: output/).")
    Path output = Path.of("output");

    @Option(names = {"-g", "--glossary"}, paramLabel = "DIR|FILE", description = "Glossary (default: glossary/ when present).")
    Path glossary;

    @Override
    public Integer call() {
        if (xliff == null && tmx == null && docx == null) {
            throw new BitextException("choose what to export: --docx, --xliff and/or --tmx");
        }
        Note note = NoteReader.read(path);
        byte[] original = note.renderBytes(); // the file's bytes: the model renders them back exactly
        var out = spec.commandLine().getOut();
        Glossary terms = glossary();
        GlossaryMatcher matcher = GlossaryMatcher.of(terms);
        if (xliff != null) {
            Map<String, List<List<io.bitext.xliff.Part>>> targets = pseudo ? PseudoTranslation.of(Units.of(note)) : Map.of();
            Path target = target(xliff, note, ".xlf");
            AtomicFiles.write(target, XliffExport.write(note, original, matcher, xliffVersion, targetLang, targets));
            out.println("wrote " + target + " (XLIFF " + xliffVersion + ", " + Units.of(note).size() + " units)");
        }
        if (tmx != null) {
            Alignment alignment = Aligner.align(note);
            Path target = target(tmx, note, ".tmx");
            AtomicFiles.write(target, TmxWriter.write(alignment, Targets.read(output, note), targetLang));
            out.println("wrote " + target);
        }
        if (docx != null) {
            Alignment alignment = Aligner.align(note);
            io.bitext.transcript.Transcript spoken = transcript == null ? null : TranscriptReader.read(transcript);
            TranscriptAlignment english = spoken == null ? null : TranscriptAligner.align(note, alignment, spoken);
            var turns = spoken == null ? null : io.bitext.transcript.TurnAligner.align(note, alignment, spoken, english);
            CheckResult check = new Checker(terms, matcher).check(note, alignment, CheckConfig.find(null, path, Checker.ruleIds()), null, english);
            Path target = target(docx, note, ".docx");
            byte[] document = DocxExport.write(new DocxExport.Input(note, alignment, check, matcher,
                    Targets.matching(note, output, path.toAbsolutePath().getParent()), english, turns), landscape);
            AtomicFiles.write(target, document);
            out.println("wrote " + target + " (" + check.findings().size() + " comments)");
        }
        out.flush();
        return 0;
    }

    private Glossary glossary() {
        return CheckCommand.glossary(glossary);
    }

    private Path target(String given, Note note, String suffix) {
        Path target = given.isEmpty() ? OutputNames.resolve(output, note.name(), suffix) : Path.of(given);
        OutputNames.refuseSource(target, List.of(path));
        return target;
    }
}
