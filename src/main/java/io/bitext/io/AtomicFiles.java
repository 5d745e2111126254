package io.bitext.io;

import io.bitext.error.BitextException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that a reader never sees half of one: the bytes go to a temporary file in the
 * target folder, are flushed to the disk, and the file is then moved over the target in one step. A
 * crash, even a power cut, leaves the old file or the new one, never a truncated mix. When the file is
 * the user's own ({@link #replace}, {@link #backup}) the folder is flushed too, so that the move itself
 * survives a power cut; a generated output ({@link #write}) skips that flush, which a batch would pay
 * for at every file, since a run made again writes it again.
 *
 * <p>A new file gets the permissions the umask gives any new file. A file that is replaced keeps its
 * permissions, owner and group; {@link #replace} (what {@code fix} uses) also keeps the file itself:
 * it follows a symbolic link to the file it names, and writes through a file that has other hard
 * links, or whose owner only root could give back, rather than replace it.
 *
 * <pre>{@code
 * AtomicFiles.write(Path.of("out/talk.json"), json);
 * AtomicFiles.replace(Path.of("talk.md"), fixed);
 * }</pre>
 */
public final class AtomicFiles {
    /** A temporary file this old was left by a process that died while writing it. */
    static final Duration STALE = Duration.ofMinutes(10);

    private AtomicFiles() {
    }

    public static void write(Path target, String text) {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path target, byte[] bytes) {
        write(target, out -> out.write(bytes));
    }

    /** Something that writes a whole file to a stream. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, Writer writer) {
        try {
            Path absolute = target.toAbsolutePath();
            FileMetadata existing = Files.exists(absolute) ? FileMetadata.of(absolute) : null;
            moveIntoPlace(absolute, writer, existing, false, false, false);
        } catch (IOException e) {
            throw failure(target, e);
        }
    }

    /**
     * A copy of {@code original}'s bytes at {@code backup}, with the original's permissions, owner,
     * group and modification time.
     */
    public static void backup(Path original, Path backup, byte[] bytes) {
        try {
            FileMetadata metadata = FileMetadata.of(original.toRealPath());
            moveIntoPlace(backup.toAbsolutePath(), out -> out.write(bytes), metadata, true, false, true);
        } catch (IOException e) {
            throw failure(backup, e);
        }
    }

    /** Writes {@code bytes} as the new content of the existing file {@code file}, which stays the same file. */
    public static void replace(Path file, byte[] bytes) {
        try {
            Path real = file.toRealPath();
            FileMetadata metadata = FileMetadata.of(real);
            if (metadata != null && metadata.links() > 1 || !moveIntoPlace(real, out -> out.write(bytes), metadata, false, true, true)) {
                overwrite(real, bytes);
            }
        } catch (IOException e) {
            throw failure(file, e);
        }
    }

    /**
     * Writes a temporary file, gives it {@code metadata} and moves it over {@code target}. Returns
     * false, having written nothing, when the owner cannot be given and {@code ownerRequired}.
     */
    private static boolean moveIntoPlace(Path target, Writer writer, FileMetadata metadata, boolean withTime,
                                         boolean ownerRequired, boolean durableMove) throws IOException {
        Path folder = target.getParent();
        if (!Files.isDirectory(folder)) {
            // createDirectories on an existing folder throws and catches an exception inside: a
            // batch writing six files a note would pay for that six times a note
            Files.createDirectories(folder);
        }
        Path temp = null;
        try {
            Temp created = createTemp(target);
            temp = created.path();
            try (FileChannel channel = created.channel();
                 OutputStream out = new java.io.BufferedOutputStream(Channels.newOutputStream(channel))) {
                writer.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (metadata != null && !metadata.applyTo(temp, withTime) && ownerRequired) {
                return false;
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
            if (durableMove) {
                forceFolder(folder);
            }
            return true;
        } finally {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * {@code .NAME.tmp} beside the target, created new, so with the umask's permissions. The fixed
     * name means that a file a crash left behind is found and removed by the next write of the same
     * target; while another process is writing it (it is recent), a name of its own is taken. The
     * file is created and opened for writing in one call.
     */
    private static Temp createTemp(Path target) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
        for (int attempt = 0; ; attempt++) {
            try {
                return new Temp(temp, FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
            } catch (FileAlreadyExistsException e) {
                if (attempt > 8) {
                    throw e;
                }
                if (attempt == 0 && isStale(temp)) {
                    Files.deleteIfExists(temp);
                } else {
                    temp = target.resolveSibling("." + target.getFileName() + "."
                            + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
                }
            }
        }
    }

    /** A temporary file just created, open for writing. */
    private record Temp(Path path, FileChannel channel) {
    }

    private static boolean isStale(Path temp) {
        try {
            FileTime modified = Files.getLastModifiedTime(temp);
            return modified.toInstant().isBefore(Instant.now().minus(STALE));
        } catch (IOException gone) {
            return true;
        }
    }

    /** Writes through the file itself: the same inode, so its hard links, owner and mode stay. */
    private static void overwrite(Path file, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.truncate(bytes.length);
            channel.force(true);
        }
    }

    /** Flushes the folder's entries, so that a rename is on disk; file systems that cannot do it are left as they are. */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException notSupported) {
            // a folder cannot be opened for flushing on every system; the rename has happened all the same
        }
    }

    private static BitextException failure(Path target, IOException e) {
        String cause = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : e.getMessage();
        return new BitextException(target + ": cannot be written (" + cause + ")", e);
    }
}
