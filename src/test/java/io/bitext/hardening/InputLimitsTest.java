package io.bitext.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.bitext.error.BitextException;
import io.bitext.TestCli;
import io.bitext.io.InputFiles;
import io.bitext.note.NoteReader;
import io.bitext.transcript.Transcript;
import io.bitext.transcript.TranscriptReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Limits counted in the bytes read, special files refused, and the messages of bad input: one line,
 * the file named once, the cause said, the limit named as the power of two it is.
 */
class InputLimitsTest {
    private static final String NOTE = "## 全文\n### 话题（00:00:01 - 00:00:09）\n**Ann**：reasoning（推理）\n";

    @TempDir
    Path dir;

    /** Exit 2 and one line on stderr that starts with the file's name and names it once. */
    private static String refused(String file, String... args) {
        String[] r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> TestCli.run(args));
        assertEquals("2", r[0], r[1] + r[2]);
        String line = r[2].strip();
        assertEquals(1, line.lines().count(), line);
        assertTrue(line.startsWith("bitext: " + file + ":"), line);
        assertEquals(line.indexOf(file), line.lastIndexOf(file), "the file is named once: " + line);
        return line;
    }

    @Test
    void devicesAndFifosAreRefusedAsNotesAndTranscripts() throws Exception {
        Path note = dir.resolve("n.md");
        Files.writeString(note, NOTE);
        for (String device : new String[] {"/dev/zero", "/dev/urandom"}) {
            assumeTrue(Files.exists(Path.of(device)));
            assertTrue(refused(device, "check", device).contains("not a regular file"));
            assertTrue(refused(device, "check", note.toString(), "--transcript", device).contains("not a regular file"));
        }
        Path fifo = dir.resolve("fifo.md");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0);
        assertTrue(refused(fifo.toString(), "check", fifo.toString()).contains("FIFO"));
    }

    @Test
    void capsCountTheBytesAndNameTheLimitInMiB() throws Exception {
        Path big = dir.resolve("big.md");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(21L * 1024 * 1024); // sparse: costs no disk and no time
        }
        assertEquals("bitext: " + big + ": larger than the 20 MiB a note may have", refused(big.toString(), "check", big.toString()));
        Path transcript = dir.resolve("talk.srt");
        try (RandomAccessFile file = new RandomAccessFile(transcript.toFile(), "rw")) {
            file.setLength(TranscriptReader.MAX_BYTES + 1);
        }
        BitextException e = assertThrows(BitextException.class, () -> TranscriptReader.read(transcript));
        assertEquals(transcript + ": larger than the 32 MiB a transcript may have", e.getMessage());
        assertEquals(2, InputFiles.read(writeBytes("two", new byte[] {1, 2}), 2, "x").length, "exactly the cap is read");
        assertThrows(BitextException.class, () -> InputFiles.read(writeBytes("three", new byte[] {1, 2, 3}), 2, "x"));
    }

    private Path writeBytes(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void aNulPastTheFirst64KiBIsBinary() {
        byte[] bytes = (NOTE + "推理".repeat(40_000) + "\0\n").getBytes(StandardCharsets.UTF_8);
        assertTrue(bytes.length > 100_000);
        BitextException e = assertThrows(BitextException.class, () -> NoteReader.parse("n.md", bytes));
        assertEquals("n.md: binary data, not a text note", e.getMessage());
    }

    @Test
    void linksLoopsAndPermissionsAreNamedAsSuch() throws Exception {
        Path a = dir.resolve("a.md");
        Path b = dir.resolve("b.md");
        Files.createSymbolicLink(a, b.getFileName());
        Files.createSymbolicLink(b, a.getFileName());
        assertTrue(refused(a.toString(), "check", a.toString()).endsWith("a loop of symbolic links"));
        Path dangling = Files.createSymbolicLink(dir.resolve("gone.md"), Path.of("nowhere.md"));
        assertTrue(refused(dangling.toString(), "check", dangling.toString()).endsWith("a symbolic link to a missing file"));
        Path locked = dir.resolve("locked.md");
        assertEquals(locked + ": cannot be read (permission denied)",
                InputFiles.failure(locked, new AccessDeniedException(locked.toString())).getMessage());
        Path bad = writeBytes("bad.md", new byte[] {'#', ' ', 't', '\n', (byte) 0xFF, (byte) 0xFE, 'x', '\n'});
        assertTrue(refused(bad.toString(), "check", bad.toString()).contains("not valid UTF-8"));
    }

    @Test
    void reversedCuesAreAnErrorAndLongTalksAreRead() {
        BitextException e = assertThrows(BitextException.class, () -> TranscriptReader.parse("t.srt",
                "1\n00:00:09,000 --> 00:00:02,000\nHello there.\n"));
        assertEquals("t.srt:2: the cue ends before it starts (00:00:09,000 --> 00:00:02,000)", e.getMessage());
        Transcript late = TranscriptReader.parse("t.srt", "1\n99:59:58,000 --> 100:00:03,000\nStill talking.\n\n"
                + "2\n100:00:03,000 --> 100:00:09,000\nThe end.\n");
        assertEquals(2, late.cues().size());
        assertEquals(360_003, late.cues().get(1).start());
    }

    @Test
    void aUsageErrorIsOneLine() {
        String[] r = TestCli.run("check", "--no-such-option", "n.md");
        assertEquals("2", r[0]);
        assertEquals("bitext: Unknown option: '--no-such-option' (see bitext check --help)", r[2].strip());
    }

    @Test
    void theTextReportShowsAWindowOfALongLine() throws Exception {
        Path note = dir.resolve("long.md");
        String paragraph = "**Ann**：" + "推理（reasoning）与 Policy、".repeat(3_000);
        Files.writeString(note, "## 全文\n### 话题\n" + paragraph + "\n");
        String[] r = TestCli.run("check", "--fail-on", "error", note.toString());
        assertEquals("0", r[0], r[2]);
        assertFalse(r[1].isEmpty());
        assertTrue(r[1].lines().allMatch(line -> line.length() < 400), "no line of the report is long");
        assertTrue(r[1].length() < 100 * paragraph.length() / 10, "the report is not the line once per finding: " + r[1].length());
        assertTrue(r[1].contains("…"), "a cut line is marked");
    }

    @Test
    void aBinaryFileInAFolderIsOneLineAndTheOtherNotesAreChecked() throws Exception {
        Path vault = Files.createDirectories(dir.resolve("vault"));
        Files.writeString(vault.resolve("good.md"), NOTE);
        Path binary = Files.write(vault.resolve("image.md"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        String[] r = TestCli.run("check", vault.toString());
        assertEquals("2", r[0], r[2]);
        assertEquals("bitext: " + binary + ": binary data, not a text note", r[2].strip());
        assertTrue(r[1].contains("good.md: 0 errors"), r[1]);
    }
}
