package io.bitext.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bitext.TestNotes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One note's gold annotations, written by hand after reading the note in full: every place an editor
 * should act on ({@link Annotation}) and the places where a finding is a matter of taste
 * ({@link Acceptable}). Loading checks that each annotated text stands on its line of the note, so a
 * gold file that drifts from its note fails loudly instead of silently scoring nothing.
 *
 * <pre>{@code
 * Gold gold = Gold.load(Gold.DIR.resolve("pretrain-practice.md.json"), notePath);
 * gold.annotations().forEach(a -> System.out.println(a.line() + " " + a.text()));
 * }</pre>
 */
public record Gold(String note, String folder, String split, String kind, List<Annotation> annotations,
                   List<Acceptable> acceptable, Path path, List<String> lines) {

    /** Where the gold files live, relative to the project. */
    public static final Path DIR = Path.of("src", "test", "resources", "io", "bitext", "eval", "gold");

    /** The categories of issues 15 and 16; a gold file may use no other. */
    public static final Set<String> CATEGORIES = Set.of("asr-name", "asr-term", "model-id", "house-style",
            "spelling-variant", "rendering", "half-translated", "editorial-remark", "invisible-char", "url-name",
            "structure", "markdown", "typography");

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** A real problem at one place: the exact text on a 1-based line, its category and correct form. */
    public record Annotation(int line, String text, String category, String correct, String evidence) {
    }

    /** A place where a finding is neither required nor wrong. */
    public record Acceptable(int line, String text, String why) {
    }

    /** The JSON shape of a gold file. */
    record File(String note, String folder, String split, String kind, List<Annotation> annotations,
                List<Acceptable> acceptable) {
    }

    /** Reads a gold file and checks it against the note at {@code notePath}. */
    public static Gold load(Path json, Path notePath) {
        File file;
        List<String> lines;
        try {
            file = JSON.readValue(json.toFile(), File.class);
            lines = List.of(Files.readString(notePath, StandardCharsets.UTF_8).split("\n", -1));
        } catch (IOException e) {
            throw new IllegalStateException(json + ": " + e.getMessage(), e);
        }
        Gold gold = new Gold(file.note(), file.folder(), file.split(), file.kind(), List.copyOf(file.annotations()),
                List.copyOf(file.acceptable()), notePath, lines);
        gold.validate(json);
        return gold;
    }

    /** Every gold file whose note is present; corpus notes are skipped when the corpus folder is absent. */
    public static List<Gold> available() {
        List<Gold> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path json : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String name = json.getFileName().toString().replaceFirst("\\.json$", "");
                Path note = notePath(json, name);
                if (Files.isRegularFile(note)) {
                    all.add(load(json, note));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(DIR + ": " + e.getMessage(), e);
        }
        return all;
    }

    private static Path notePath(Path json, String name) throws IOException {
        String folder = JSON.readTree(json.toFile()).path("folder").asText();
        return switch (folder) {
            case "seeds" -> TestNotes.SEED.resolveSibling(name);
            case "corpus" -> TestNotes.CORPUS.resolve(name);
            default -> throw new IllegalStateException(json + ": folder must be seeds or corpus, not '" + folder + "'");
        };
    }

    /** The note's text on a 1-based line. */
    public String line(int number) {
        return lines.get(number - 1);
    }

    private void validate(Path json) {
        require(note != null && note.equals(path.getFileName().toString()), json, "note '" + note + "' is not " + path.getFileName());
        require("tune".equals(split) || "test".equals(split), json, "split must be tune or test, not '" + split + "'");
        require("podcast".equals(kind) || "written".equals(kind), json, "kind must be podcast or written, not '" + kind + "'");
        for (Annotation a : annotations) {
            requireOnLine(json, a.line(), a.text());
            require(CATEGORIES.contains(a.category()), json, "line " + a.line() + ": unknown category '" + a.category() + "'");
            require(a.evidence() != null && !a.evidence().isBlank(), json, "line " + a.line() + ": no evidence");
        }
        for (Acceptable a : acceptable) {
            requireOnLine(json, a.line(), a.text());
        }
        long distinct = annotations.stream().map(a -> a.line() + "\u0000" + a.text()).distinct().count();
        require(distinct == annotations.size(), json, "an annotation is given twice (same line and text)");
    }

    private void requireOnLine(Path json, int line, String text) {
        require(line >= 1 && line <= lines.size(), json, "line " + line + " is outside the note (" + lines.size() + " lines)");
        require(text != null && !text.isEmpty() && line(line).contains(text), json,
                "line " + line + " does not contain '" + text + "'");
    }

    private static void require(boolean condition, Path json, String message) {
        if (!condition) {
            throw new IllegalStateException("gold " + json + ": " + message);
        }
    }
}
