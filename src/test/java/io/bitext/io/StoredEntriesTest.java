package io.bitext.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** The named entries come out stored with the same bytes; every other entry as it was, in its place. */
class StoredEntriesTest {
    @TempDir
    Path dir;

    @Test
    void namedEntriesAreStoredAndTheRestIsUntouched() throws Exception {
        Path jar = dir.resolve("a.jar");
        byte[] data = "推理 reasoning ".repeat(5000).getBytes(StandardCharsets.UTF_8);
        byte[] other = "other entry ".repeat(300).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (String name : List.of("META-INF/MANIFEST.MF", "a/data.bin", "b/Other.class")) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(name.equals("a/data.bin") ? data : other);
                zip.closeEntry();
            }
        }
        StoredEntries.main(new String[] {jar.toString(), "a/data.bin", "not/there.bin"});
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
        assertEquals(List.of("a.jar"), Files.list(dir).map(p -> p.getFileName().toString()).toList());
    }
}
