package io.bitext.hardening;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.TestNotes;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed in the middle of writing leaves every file either as it was or complete: `fix`
 * and a batch `run` are started in a child JVM and killed ({@code destroyForcibly}) at staggered moments.
 */
class NoDataLostTest {
    @TempDir
    Path dir;

    private static Process start(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.bitext.cli.Main"));
        command.addAll(Arrays.asList(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(new File("/dev/null")).start();
    }

    @Test
    void killingFixLeavesTheNoteWholeEitherWay() throws Exception {
        byte[] original = Files.readAllBytes(TestNotes.SEED);
        Path reference = dir.resolve("reference.md");
        Files.write(reference, original);
        Process finish = start("fix", "--no-backup", reference.toString());
        // the attempts run side by side, each killed at its own moment: the same six moments as one
        // after another, in a third of the time
        List<Process> fixes = new ArrayList<>();
        for (int attempt = 0; attempt < 6; attempt++) {
            Path note = dir.resolve("note" + attempt + ".md");
            Files.write(note, original);
            fixes.add(start("fix", note.toString()));
        }
        long started = System.nanoTime();
        for (int attempt = 0; attempt < 6; attempt++) {
            sleepUntil(started, 300L + attempt * 350L);
            fixes.get(attempt).destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        assertTrue(finish.waitFor(120, TimeUnit.SECONDS));
        byte[] fixed = Files.readAllBytes(reference);
        for (int attempt = 0; attempt < 6; attempt++) {
            byte[] after = Files.readAllBytes(dir.resolve("note" + attempt + ".md"));
            assertTrue(Arrays.equals(after, original) || Arrays.equals(after, fixed), "attempt " + attempt + ": the note is torn");
            Path backup = dir.resolve("note" + attempt + ".md.bak");
            assertTrue(!Files.exists(backup) || Arrays.equals(Files.readAllBytes(backup), original), "the backup is torn");
        }
    }

    private static void sleepUntil(long started, long millis) throws InterruptedException {
        long left = millis - (System.nanoTime() - started) / 1_000_000;
        if (left > 0) {
            Thread.sleep(left);
        }
    }

    @Test
    void killingABatchLeavesEveryOutputAbsentOrComplete() throws Exception {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        for (int i = 0; i < 12; i++) {
            Files.copy(TestNotes.SEED, notes.resolve("n" + i + ".md"));
        }
        byte[] source = Files.readAllBytes(TestNotes.SEED);
        List<Process> runs = new ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            runs.add(start("run", notes.toString(), "-o", dir.resolve("out" + attempt).toString(), "--no-progress"));
        }
        long started = System.nanoTime();
        for (int attempt = 0; attempt < 3; attempt++) {
            sleepUntil(started, 2500L + attempt * 1500L);
            runs.get(attempt).destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            Path out = dir.resolve("out" + attempt);
            if (!Files.isDirectory(out)) {
                continue;
            }
            try (var files = Files.list(out)) {
                for (Path file : files.filter(f -> !f.getFileName().toString().startsWith(".")).toList()) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".docx")) {
                        try (ZipFile zip = new ZipFile(file.toFile())) {
                            assertTrue(zip.getEntry("word/document.xml") != null, name);
                        }
                    } else if (name.endsWith(".json") || name.endsWith(".xlf") || name.endsWith(".tmx") || name.endsWith(".tbx")) {
                        String text = Files.readString(file).strip();
                        assertTrue(text.endsWith("}") || text.endsWith("]") || text.endsWith(">"), name + " is cut short");
                    }
                }
            }
            for (int i = 0; i < 12; i++) {
                assertTrue(Arrays.equals(source, Files.readAllBytes(notes.resolve("n" + i + ".md"))), "a source note changed");
            }
        }
    }
}
