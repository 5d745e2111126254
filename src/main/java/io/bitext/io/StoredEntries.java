package io.bitext.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Rewrites a jar so that the named entries are stored rather than deflated. The data files a start
 * reads whole (the compiled glossary, the pinyin table) are then copied out of the jar instead of
 * inflated: two megabytes inflated are several milliseconds of a cold check, on its main thread.
 * Every other entry is copied as its compressed bytes, in the jar's order, so the rest of the jar is
 * the one the build made. Run by the build on the shaded jar:
 *
 * <pre>{@code
 * java -cp target/classes:... io.bitext.io.StoredEntries target/bitext.jar io/bitext/glossary/builtin.bin
 * }</pre>
 */
public final class StoredEntries {
    private StoredEntries() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: StoredEntries JAR ENTRY...");
        }
        Path jar = Path.of(args[0]);
        Set<String> names = Set.copyOf(Arrays.asList(args).subList(1, args.length));
        Path temp = jar.resolveSibling(jar.getFileName() + ".tmp");
        int stored = 0;
        try (ZipFile in = ZipFile.builder().setPath(jar).get(); ZipArchiveOutputStream out = new ZipArchiveOutputStream(temp)) {
            for (Enumeration<ZipArchiveEntry> e = in.getEntriesInPhysicalOrder(); e.hasMoreElements(); ) {
                ZipArchiveEntry entry = e.nextElement();
                if (names.contains(entry.getName()) && entry.getMethod() != ZipEntry.STORED) {
                    try (InputStream content = in.getInputStream(entry)) {
                        store(out, entry, content.readAllBytes());
                    }
                    stored++;
                } else {
                    try (InputStream raw = in.getRawInputStream(entry)) {
                        out.addRawArchiveEntry(entry, raw);
                    }
                }
            }
        }
        Files.move(temp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("stored, not deflated: " + stored + " of " + names.size() + " entries in " + jar);
    }

    private static void store(ZipArchiveOutputStream out, ZipArchiveEntry original, byte[] bytes) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        ZipArchiveEntry entry = new ZipArchiveEntry(original.getName());
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        entry.setCrc(crc.getValue());
        entry.setTime(original.getTime());
        out.putArchiveEntry(entry);
        out.write(bytes);
        out.closeArchiveEntry();
    }
}
