package io.bitext.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.TestCli;
import io.bitext.TestNotes;
import io.bitext.glossary.Entry;
import io.bitext.glossary.Glossary;
import io.bitext.glossary.GlossaryFiles;
import java.io.FileInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real client: OmegaT 3.6 (Debian's {@code omegat}) translates a project built from Bitext's exports,
 * then {@code bitext import} merges OmegaT's target file. OmegaT must see every segment Bitext wrote and
 * apply the TMX; the merged note must differ from the source exactly in the segments the TMX
 * translated. Skipped, with a message, where OmegaT is not installed.
 */
class OmegaTRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void seedRoundTripsThroughOmegaT() throws Exception {
        OmegaTProject.assumeInstalled();
        roundTrip(TestNotes.SEED, dir.resolve("seed"), null);
    }

    @Test
    void corpusRoundTripsThroughOmegaT() throws Exception {
        List<Path> notes = TestNotes.corpus();
        OmegaTProject.assumeInstalled();
        int i = 0;
        for (Path note : notes) {
            roundTrip(note, dir.resolve("n" + i++), null);
        }
    }

    @Test
    void omegatReadsTheTbx2TheCsvAndTheTsvGlossaries() throws Exception {
        OmegaTProject.assumeInstalled();
        List<Entry> glossary = Glossary.load(Path.of("glossary")).entries();
        OmegaTProject project = roundTrip(TestNotes.SEED, dir.resolve("glossary"), glossary);
        assertFalse(project.log.contains("BITEXT-GLOSSARY-ERROR"), project.log);
        Set<String> tbx = pairs(project.log, "glossary.tbx");
        for (Entry entry : glossary) {
            if (!entry.zh().isEmpty() && !entry.en().isEmpty()) {
                assertTrue(tbx.contains(entry.zh() + "\t" + entry.en()), "OmegaT's TBX reader lacks " + entry.id());
            }
        }
        String tsv = new String(GlossaryFiles.write(glossary, GlossaryFiles.Format.omegat), StandardCharsets.UTF_8);
        assertEquals(tsv.lines().count(), count(project.log, "glossary.txt"), "one OmegaT entry per TSV line");
        String csv = new String(GlossaryFiles.write(glossary, GlossaryFiles.Format.csv), StandardCharsets.UTF_8);
        assertEquals(csv.lines().count(), count(project.log, "glossary.csv"), "one entry per CSV row (OmegaT reads the header as one)");
        assertEquals(pairs(project.log, "glossary.txt"), without(pairs(project.log, "glossary.csv"), "zh-CN\ten"),
                "the CSV and the TSV give OmegaT the same pairs");
        assertTrue(tbx.contains("强化学习\treinforcement learning"), "a known concept: " + tbx.size() + " pairs");
    }

    private static OmegaTProject roundTrip(Path note, Path projectDir, List<Entry> glossary) throws Exception {
        OmegaTProject project = OmegaTProject.create(projectDir, note, glossary);
        project.translate(glossary != null);
        System.out.printf("OmegaT on %s: %d segments written, %d seen, %d translated from the TMX, %d ms%n", project.name,
                project.segmentsWritten(), project.segmentsSeen(), project.expectedTranslatedUnits().size(), project.millis);
        assertEquals(project.segmentsWritten(), project.segmentsSeen(), project.name + ": OmegaT sees every segment");
        assertTrue(Files.isRegularFile(project.targetFile()), project.name + ": OmegaT wrote its target file\n" + project.log);

        Path merged = projectDir.resolve(project.name + ".en.md");
        String[] r = TestCli.run("import", project.targetFile().toString(), "--out", merged.toString());
        assertEquals("0", r[0], r[1] + r[2]);
        var charset = project.note.encoding().charset();
        assertEquals(new String(project.note.encoding().encode(project.expectedNote()), charset),
                new String(Files.readAllBytes(merged), charset), project.name + ": exactly the segments the TMX translated changed");

        Merge merge;
        try (InputStream in = new FileInputStream(project.targetFile().toFile())) {
            merge = Merge.of(XliffReader.read(in, "omegat.xlf"), "omegat.xlf");
        }
        assertEquals(project.expectedTranslatedUnits(), List.copyOf(merge.targets().keySet()),
                project.name + ": the units OmegaT translated count as translated, its copies of the source do not");
        assertFalse(merge.targets().isEmpty(), project.name + ": OmegaT applied the TMX");
        return project;
    }

    private static Set<String> pairs(String log, String file) {
        Set<String> pairs = new HashSet<>();
        log.lines().filter(l -> l.startsWith("BITEXT-GLOSSARY\t" + file + "\t"))
                .forEach(l -> pairs.add(l.substring(("BITEXT-GLOSSARY\t" + file + "\t").length())));
        return pairs;
    }

    /** Entries OmegaT's reader returned; the script runs on each project event, the first count is kept. */
    private static long count(String log, String file) {
        return log.lines().filter(l -> l.startsWith("BITEXT-GLOSSARY-END\t" + file + "\t")).findFirst()
                .map(l -> Long.parseLong(l.substring(l.lastIndexOf('\t') + 1))).orElseThrow(() -> new AssertionError("no " + file + " in\n" + log));
    }

    private static Set<String> without(Set<String> set, String element) {
        Set<String> copy = new HashSet<>(set);
        copy.remove(element);
        return copy;
    }
}
