package io.bitext.xliff;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.bitext.align.Aligner;
import io.bitext.glossary.Entry;
import io.bitext.glossary.GlossaryFiles;
import io.bitext.note.Note;
import io.bitext.note.NoteReader;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OmegaT 3.6 project built from Bitext's exports of one note, run in console mode: the XLIFF in
 * {@code source/}, the note's TMX in {@code tm/auto/} (whose exact matches OmegaT inserts on loading),
 * and, when asked, the glossary in {@code glossary/} as TBX 2, CAT CSV and OmegaT TSV.
 *
 * <p>The TMX carries, besides the note's term pairs, a made-up English for every segment without codes
 * of a heading or label ({@code Translation 3}; of other units too where there are fewer than three),
 * so that OmegaT has something to apply and the import has exactly known segments to change.
 */
final class OmegaTProject {
    private static final Pattern TOTAL = Pattern.compile("(?m)^Total:\\s+(\\d+)");
    private static final Path GROOVY = Path.of("src", "test", "resources", "omegat", "read-glossaries.groovy");

    final Path dir;
    final String name;
    final byte[] bytes;
    final Note note;
    final List<Unit> units;
    /** Source text of a segment → the English the TMX gives it. */
    final Map<String, String> memory = new LinkedHashMap<>();
    String log;
    long millis;

    private OmegaTProject(Path dir, Path notePath) throws IOException {
        this.dir = dir;
        this.name = notePath.getFileName().toString();
        this.bytes = Files.readAllBytes(notePath);
        this.note = NoteReader.parse(name, bytes);
        this.units = Units.of(note);
    }

    /** Skips the calling test, saying why, where OmegaT is not installed. */
    static void assumeInstalled() {
        boolean present = omegat() != null;
        if (!present) {
            System.out.println("SKIPPED: omegat is not installed (apt-get install omegat); the OmegaT round trip does not run");
        }
        assumeTrue(present, "omegat is not installed");
    }

    private static Path omegat() {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, "omegat");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    static OmegaTProject create(Path dir, Path notePath, List<Entry> glossary) throws IOException {
        OmegaTProject project = new OmegaTProject(dir, notePath);
        for (String folder : List.of("source", "target", "tm/auto", "glossary", "dictionary", "omegat", "config")) {
            Files.createDirectories(dir.resolve(folder));
        }
        try (var in = OmegaTProject.class.getResourceAsStream("/omegat/omegat.project")) {
            Files.copy(in, dir.resolve("omegat.project"));
        }
        Files.write(dir.resolve("source").resolve(project.name + ".xlf"),
                XliffExport.write(project.note, project.bytes, XliffRoundTripTest.MATCHER, "1.2", "en"));
        Map<String, String[]> translated = new LinkedHashMap<>();
        for (boolean labelsAndHeadings : List.of(true, false)) { // other units too where a note has few of them
            for (Unit unit : project.units) {
                boolean wanted = unit.kind().equals("heading") || unit.isLabel();
                if (wanted != labelsAndHeadings || !labelsAndHeadings && project.memory.size() >= 3) {
                    continue;
                }
                for (List<Part> segment : unit.segments()) {
                    String source = segment.stream().map(Part::original).reduce("", String::concat);
                    if (segment.stream().allMatch(p -> p instanceof Part.Text) && !project.memory.containsKey(source)) {
                        String english = "Translation " + (project.memory.size() + 1);
                        project.memory.put(source, english);
                        translated.put(unit.id() + "." + project.memory.size(), new String[] {source, english});
                    }
                }
            }
        }
        Files.write(dir.resolve("tm/auto").resolve(project.name + ".tmx"), TmxWriter.write(Aligner.align(project.note), translated, "en"));
        if (glossary != null) {
            Files.write(dir.resolve("glossary/glossary.tbx"), GlossaryFiles.write(glossary, GlossaryFiles.Format.tbx2));
            Files.write(dir.resolve("glossary/glossary.csv"), GlossaryFiles.write(glossary, GlossaryFiles.Format.csv));
            Files.write(dir.resolve("glossary/glossary.txt"), GlossaryFiles.write(glossary, GlossaryFiles.Format.omegat));
        }
        return project;
    }

    /** Runs {@code omegat --mode=console-translate}, with the glossary script when {@code readGlossaries}. */
    void translate(boolean readGlossaries) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(omegat().toString(), "--mode=console-translate",
                "--config-dir=" + dir.resolve("config"), "--disable-project-locking", "--no-team"));
        if (readGlossaries) {
            command.add("--script=" + GROOVY.toAbsolutePath());
        }
        command.add(dir.toString());
        Path output = dir.resolve("omegat.log");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) { // a guard against a hang, not a measure of speed
            process.destroyForcibly();
            throw new AssertionError("OmegaT did not finish on " + name);
        }
        millis = (System.nanoTime() - start) / 1_000_000;
        log = Files.readString(output, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new AssertionError("OmegaT failed on " + name + " (exit " + process.exitValue() + "):\n" + log);
        }
    }

    /** The segments OmegaT counted ({@code Total:} of {@code omegat/project_stats.txt}). */
    int segmentsSeen() throws IOException {
        Matcher m = TOTAL.matcher(Files.readString(dir.resolve("omegat/project_stats.txt")));
        if (!m.find()) {
            throw new AssertionError("no Total: row in project_stats.txt");
        }
        return Integer.parseInt(m.group(1));
    }

    int segmentsWritten() {
        return units.stream().mapToInt(u -> u.segments().size()).sum();
    }

    Path targetFile() {
        return dir.resolve("target").resolve(name + ".xlf");
    }

    /** The note as it must come back: each segment the memory knows in English, every other byte the source's. */
    String expectedNote() {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Unit unit : units) {
            out.append(note.text(), at, unit.offset());
            for (List<Part> segment : unit.segments()) {
                String source = segment.stream().map(Part::original).reduce("", String::concat);
                boolean plain = segment.stream().allMatch(p -> p instanceof Part.Text);
                out.append(plain && memory.containsKey(source) ? memory.get(source) : source);
            }
            at = unit.end();
        }
        return out.append(note.text(), at, note.text().length()).toString();
    }

    /** Ids of the units with a segment the memory knows. */
    List<String> expectedTranslatedUnits() {
        return units.stream().filter(u -> u.segments().stream().anyMatch(s -> s.stream().allMatch(p -> p instanceof Part.Text)
                && memory.containsKey(s.stream().map(Part::original).reduce("", String::concat)))).map(Unit::id).toList();
    }
}
