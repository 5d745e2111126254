package io.bitext.cli;

import io.bitext.export.Json;
import io.bitext.error.BitextException;
import io.bitext.io.AtomicFiles;
import io.bitext.io.OutputNames;
import io.bitext.xliff.Merge;
import io.bitext.xliff.Unit;
import io.bitext.xliff.Units;
import io.bitext.xliff.XliffFile;
import io.bitext.xliff.XliffReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bitext import FILE.xlf}: the English note and the targets for later exports. Text is never
 * lost: a segment that cannot be merged keeps its source and is reported on one line (file, unit,
 * segment, what was wrong), and the command exits 1; the note is still written (see {@link Merge}).
 * {@code bitext import reviewed.docx}: the review's Chinese edits into the note, its English edits
 * into the translation.
 */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Merge a translated XLIFF back into its note (the English note, and the targets for later exports), "
        + "or a reviewed DOCX (its Chinese edits into the note, its English edits into the translation). "
        + "A segment that cannot be merged keeps its source, is reported, and the exit code is 1.")
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.xlf|FILE.docx", description = "An XLIFF 1.2 or 2.x file written by bitext export --xliff, or a DOCX written by bitext export --docx and reviewed.")
    Path input;

    @Option(names = "--out", paramLabel = "NOTE.en.md", description = "The merged note (default: <note>.en.md beside the XLIFF).")
    Path out;

    @Option(names = "--note", paramLabel = "NOTE", description = "For a reviewed .docx: the note it was exported from (default: its name beside the DOCX).")
    Path note;

    @Override
    public Integer call() {
        if (input.getFileName() != null && input.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) {
            return ReviewImports.run(spec, input, note, out);
        }
        XliffFile file;
        try (InputStream in = Files.newInputStream(input)) {
            file = XliffReader.read(in, input.toString());
        } catch (NoSuchFileException e) {
            throw new BitextException(input + ": no such file");
        } catch (IOException e) {
            throw new BitextException(input + ": cannot be read (" + e.getMessage() + ")", e);
        }
        Merge merge = Merge.of(file, input.toString());
        long limit = io.bitext.note.ReaderOptions.DEFAULT_MAX_BYTES;
        if (merge.bytes().length > limit) { // the skeleton is bounded as a note; long targets can still grow the merge past it
            throw new BitextException(input + ": the merged note would be " + io.bitext.io.InputFiles.size(merge.bytes().length)
                    + ", larger than the " + io.bitext.io.InputFiles.size(limit) + " a note may have; nothing written");
        }
        Path folder = input.toAbsolutePath().getParent();
        Path target = out != null ? out : OutputNames.resolve(folder, merge.note().name(), ".en.md");
        refuseSource(target, merge.note().name());
        Map<String, String[]> targets = new LinkedHashMap<>();
        for (Unit unit : Units.of(merge.note())) {
            String text = merge.targets().get(unit.id());
            if (text != null && !unit.isLabel()) { // later exports show blocks; a label travels with the note
                targets.put(unit.id(), new String[] {unit.original(), text});
            }
        }
        AtomicFiles.write(target, merge.bytes());
        Path stored = OutputNames.resolve(folder, merge.note().name(), io.bitext.xliff.Translations.SUFFIX);
        AtomicFiles.write(stored, Json.write(targets).getBytes(StandardCharsets.UTF_8));
        var log = spec.commandLine().getOut();
        merge.errors().forEach(e -> spec.commandLine().getErr().println("bitext: " + e));
        log.printf("wrote %s: %d units translated, %d untranslated%s, %d not merged%n", target, merge.targets().size(),
                merge.untranslated().size(), merge.untranslated().isEmpty() || merge.untranslated().size() > 10 ? ""
                        : " (" + String.join(", ", merge.untranslated()) + ")",
                merge.problems().size());
        log.println("wrote " + stored);
        log.flush();
        return merge.problems().isEmpty() ? 0 : 1;
    }

    /**
     * The merged note is English: written over the Chinese note it came from (beside the XLIFF, or any
     * existing file of that note's name) or over the XLIFF itself, it would replace them with no backup.
     */
    private void refuseSource(Path target, String noteName) {
        String fileName = noteName.substring(Math.max(noteName.lastIndexOf('/'), noteName.lastIndexOf('\\')) + 1);
        List<Path> sources = new ArrayList<>(List.of(input));
        try {
            sources.add(input.toAbsolutePath().getParent().resolve(fileName));
        } catch (InvalidPathException e) {
            // a name no file can have names no file beside the XLIFF
        }
        OutputNames.refuseSource(target, sources);
        if (Files.exists(target) && target.getFileName() != null && target.getFileName().toString().equals(fileName)) {
            throw new BitextException(target + ": would overwrite the source note " + fileName + "; choose another --out");
        }
    }
}
