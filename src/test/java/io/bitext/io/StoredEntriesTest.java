package io.bitext.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The named entries come out stored with the same bytes, in the jar and in the data jar; every other
 * entry as it was, in its place.
 */
class StoredEntriesTest {
    @TempDir
    Path dir;

    @Test
    void namedEntriesAreStoredAndTheRestIsUntouched() throws Exception {
        Path jar = dir.resolve("a.jar");
        Path dataJar = dir.resolve("a-data.jar");
        byte[] data = "推理 reasoning ".repeat(5000).getBytes(StandardCharsets.UTF_8);
        byte[] other = "other entry ".repeat(300).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (String name : List.of("META-INF/MANIFEST.MF", "a/data.bin", "b/Other.class")) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(name.equals("a/data.bin") ? data : other);
                zip.closeEntry();
            }
        }
        StoredEntries.main(new String[] {jar.toString(), dataJar.toString(), "a/data.bin"});
        try (ZipFile rewritten = new ZipFile(jar.toFile())) {
            List<String> names = new ArrayList<>();
            Collections.list(rewritten.entries()).forEach(e -> names.add(e.getName()));
            assertEquals(List.of("META-INF/MANIFEST.MF", "a/data.bin", "b/Other.class"), names);
            ZipEntry stored = rewritten.getEntry("a/data.bin");
            assertEquals(ZipEntry.STORED, stored.getMethod());
            assertEquals(data.length, stored.getCompressedSize());
            assertArrayEquals(data, rewritten.getInputStream(stored).readAllBytes());
            ZipEntry kept = rewritten.getEntry("b/Other.class");
            assertEquals(ZipEntry.DEFLATED, kept.getMethod());
            assertArrayEquals(other, rewritten.getInputStream(kept).readAllBytes());
        }
        try (ZipFile small = new ZipFile(dataJar.toFile())) {
            List<String> names = new ArrayList<>();
            Collections.list(small.entries()).forEach(e -> names.add(e.getName()));
            assertEquals(List.of("a/data.bin"), names);
            ZipEntry stored = small.getEntry("a/data.bin");
            assertEquals(ZipEntry.STORED, stored.getMethod());
            assertArrayEquals(data, small.getInputStream(stored).readAllBytes());
        }
        assertEquals(List.of("a-data.jar", "a.jar"), Files.list(dir).map(p -> p.getFileName().toString()).sorted().toList());
        assertFalse(Files.getLastModifiedTime(jar).compareTo(Files.getLastModifiedTime(dataJar)) > 0,
                "the data jar is not older than the jar it came from");
    }

    @Test
    void anEntryTheJarLacksFailsTheBuildAndChangesNothing() throws Exception {
        Path jar = dir.resolve("a.jar");
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("a/data.bin"));
            zip.write(new byte[] {1, 2, 3});
            zip.closeEntry();
        }
        byte[] before = Files.readAllBytes(jar);
        assertThrows(IllegalArgumentException.class,
                () -> StoredEntries.main(new String[] {jar.toString(), dir.resolve("d.jar").toString(), "a/data.bin", "not/there.bin"}));
        assertArrayEquals(before, Files.readAllBytes(jar));
        assertEquals(List.of("a.jar"), Files.list(dir).map(p -> p.getFileName().toString()).toList());
    }
}
