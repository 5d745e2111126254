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
 * Rewrites a jar so that the named entries are stored rather than deflated, and writes the same
 * entries, stored, into a small jar of their own. The data files a start reads whole (the compiled
 * glossary, the pinyin table, the dictionary index) are then copied out of a jar instead of
 * inflated: two megabytes inflated are several milliseconds of a cold check, on its main thread. The
 * small jar goes before the application's on {@code ./bitext}'s class path, so that a start finds
 * them there and never opens the application's jar, whose 19,000 entries the JDK indexes one by one
 * when it first opens it (a twentieth of a cold check); its classes come from the start-up archive.
 * Every other entry of the application's jar is copied as its compressed bytes, in the jar's order,
 * so the rest of that jar is the one the build made. Run by the build on the shaded jar:
 *
 * <pre>{@code
 * java -cp target/classes:... io.bitext.io.StoredEntries target/bitext.jar target/bitext-data.jar io/bitext/glossary/builtin.bin
 * }</pre>
 */
public final class StoredEntries {
    private StoredEntries() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: StoredEntries JAR DATA_JAR ENTRY...");
        }
        Path jar = Path.of(args[0]);
        Path dataJar = Path.of(args[1]);
        Set<String> names = Set.copyOf(Arrays.asList(args).subList(2, args.length));
        Path temp = jar.resolveSibling(jar.getFileName() + ".tmp");
        Path dataTemp = dataJar.resolveSibling(dataJar.getFileName() + ".tmp");
        int stored = 0;
        int copied = 0;
        try (ZipFile in = ZipFile.builder().setPath(jar).get();
             ZipArchiveOutputStream out = new ZipArchiveOutputStream(temp);
             ZipArchiveOutputStream data = new ZipArchiveOutputStream(dataTemp)) {
            for (Enumeration<ZipArchiveEntry> e = in.getEntriesInPhysicalOrder(); e.hasMoreElements(); ) {
                ZipArchiveEntry entry = e.nextElement();
                if (names.contains(entry.getName())) {
                    byte[] bytes;
                    try (InputStream content = in.getInputStream(entry)) {
                        bytes = content.readAllBytes();
                    }
                    if (entry.getMethod() != ZipEntry.STORED) {
                        stored++;
                    }
                    store(out, entry, bytes);
                    store(data, entry, bytes);
                    copied++;
                } else {
                    try (InputStream raw = in.getRawInputStream(entry)) {
                        out.addRawArchiveEntry(entry, raw);
                    }
                }
            }
        }
        if (copied != names.size()) {
            Files.delete(temp);
            Files.delete(dataTemp);
            throw new IllegalArgumentException("only " + copied + " of the " + names.size() + " entries are in " + jar);
        }
        Files.move(temp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        // ./bitext takes the data jar only when it is not older than the application's: a jar built
        // again without it must not be started with the old data
        Files.setLastModifiedTime(dataTemp, Files.getLastModifiedTime(jar));
        Files.move(dataTemp, dataJar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println("stored, not deflated: " + stored + " of " + names.size() + " entries in " + jar
                + ", and all " + copied + " in " + dataJar);
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
