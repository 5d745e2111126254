package io.bitext.cli;

import io.bitext.error.BitextException;
import io.bitext.docx.ReviewImport;
import io.bitext.export.Json;
import io.bitext.io.AtomicFiles;
import io.bitext.io.OutputNames;
import io.bitext.note.Note;
import io.bitext.note.NoteReader;
import io.bitext.xliff.Unit;
import io.bitext.xliff.Translations;
import io.bitext.xliff.Units;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bitext import reviewed.docx}: the reviewer's Chinese edits into the note (in place, the
 * original kept as {@code NOTE.bak}, or into {@code --out}), their English edits into the note's
 * translation ({@code <note>.targets.json} and {@code <note>.en.md} beside the DOCX), and their comments
 * listed. A DOCX exported from another version of the note is refused.
 */
final class ReviewImports {

    private ReviewImports() {
    }

    static int run(CommandSpec spec, Path input, Path notePath, Path out) {
        byte[] docx = read(input);
        ReviewImport.Review review = ReviewImport.open(docx, input.toString());
        Path folder = input.toAbsolutePath().getParent();
        Path path = notePath != null ? notePath : folder.resolve(review.noteName());
        if (!Files.isRegularFile(path)) {
            throw new BitextException(input + ": its note " + review.noteName() + " is not beside it; name it with --note NOTE");
        }
        if (out != null) { // the note itself is updated only in place, with its backup
            OutputNames.refuseSource(out, java.util.List.of(path, input));
        }
        Note note = NoteReader.read(path);
        Map<String, String[]> stored = new LinkedHashMap<>(Translations.read(folder, note).asPairs());
        Map<String, String> translations = new HashMap<>();
        stored.forEach((id, texts) -> translations.put(id, texts[1]));
        ReviewImport.Result result = review.merge(note, translations);
        var log = spec.commandLine().getOut();
        if (!result.chinese().isEmpty()) {
            Path target = out != null ? out : path;
            if (out == null) { // the note itself: keep a backup, and the note's inode, mode and owner
                AtomicFiles.backup(path, path.resolveSibling(path.getFileName() + ".bak"), note.renderBytes());
                AtomicFiles.replace(path, result.bytes());
            } else {
                AtomicFiles.write(target, result.bytes());
            }
            log.printf("wrote %s: %d units changed in Chinese (%s)%s%n", target, result.chinese().size(),
                    String.join(", ", result.chinese().keySet()), out == null ? "; the original is in " + path.getFileName() + ".bak" : "");
        }
        if (!result.english().isEmpty()) {
            Note merged = NoteReader.parse(note.name(), result.bytes());
            Map<Integer, String> english = new HashMap<>();
            for (Unit unit : Units.of(merged)) {
                String text = result.english().containsKey(unit.id()) ? result.english().get(unit.id())
                        : stored.containsKey(unit.id()) ? stored.get(unit.id())[1] : null;
                if (text != null) {
                    stored.put(unit.id(), new String[] {unit.original(), text});
                    english.put(unit.block(), text);
                }
            }
            Path targets = OutputNames.resolve(folder, note.name(), Translations.SUFFIX);
            AtomicFiles.write(targets, Json.write(stored).getBytes(StandardCharsets.UTF_8));
            Path en = OutputNames.resolve(folder, note.name(), ".en.md");
            AtomicFiles.write(en, merged.encoding().encode(merged.skeleton().render(english)));
            log.printf("wrote %s and %s: %d units changed in English (%s)%n", targets, en, result.english().size(),
                    String.join(", ", result.english().keySet()));
        }
        if (result.chinese().isEmpty() && result.english().isEmpty()) {
            log.println(input + ": no text changed in the review table; " + path + " is unchanged");
        }
        if (result.tracked() > 0) {
            log.println(result.tracked() + " changed cells still held tracked changes; they were read as accepted");
        }
        for (ReviewImport.Comment c : result.comments()) {
            log.printf("comment %s (%s): %s%n", c.unit() == null ? "outside the table" : "on " + c.unit(), c.author(), c.text());
        }
        result.problems().forEach(p -> spec.commandLine().getErr().println("bitext: " + input + ": " + p));
        log.flush();
        return result.problems().isEmpty() ? 0 : 1;
    }

    private static byte[] read(Path input) {
        try {
            return Files.readAllBytes(input);
        } catch (NoSuchFileException e) {
            throw new BitextException(input + ": no such file");
        } catch (IOException e) {
            throw new BitextException(input + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
