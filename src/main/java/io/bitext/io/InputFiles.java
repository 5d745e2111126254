package io.bitext.io;

import io.bitext.error.BitextException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads an input file whole, within a limit counted in the bytes actually read: a special file
 * reports a size of 0 ({@code /dev/zero}, {@code /proc} files) or never ends, so its reported size
 * proves nothing. Only regular files are read; a FIFO would block for ever and a device never ends.
 *
 * <pre>{@code
 * byte[] bytes = InputFiles.read(Path.of("talk.srt"), 20L << 20, "a transcript");
 * }</pre>
 */
public final class InputFiles {
    private static final long MIB = 1024L * 1024;

    private InputFiles() {
    }

    /** The bytes of {@code path}; {@code what} names the input in the error ("a note", "a transcript"). */
    public static byte[] read(Path path, long maxBytes, String what) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw new BitextException(path + ": is a directory, not " + what);
            }
            if (!attributes.isRegularFile()) {
                throw new BitextException(path + ": not a regular file (a FIFO, device or socket), so not " + what);
            }
            try (InputStream in = Files.newInputStream(path)) {
                return readAtMost(in, attributes.size(), maxBytes, path, what);
            }
        } catch (IOException e) {
            throw failure(path, e);
        }
    }

    private static byte[] readAtMost(InputStream in, long reported, long maxBytes, Path path, String what)
            throws IOException {
        // one byte more than the cap: reading it proves the file is too large, whatever its size said
        byte[] buffer = new byte[(int) Math.min(maxBytes + 1, Math.max(8192, reported + 1))];
        int length = 0;
        while (true) {
            if (length == buffer.length) {
                if (length > maxBytes) {
                    throw new BitextException(path + ": larger than the " + size(maxBytes) + " " + what + " may have");
                }
                buffer = Arrays.copyOf(buffer, (int) Math.min(maxBytes + 1, (long) length * 2));
            }
            int n = in.read(buffer, length, buffer.length - length);
            if (n < 0) {
                return Arrays.copyOf(buffer, length);
            }
            length += n;
        }
    }

    /** One line saying why {@code path} could not be read, with the cause the system gave. */
    public static BitextException failure(Path path, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new BitextException(path + (Files.isSymbolicLink(path) ? ": a symbolic link to a missing file"
                    : ": no such file"));
        }
        if (e instanceof AccessDeniedException) {
            return new BitextException(path + ": cannot be read (permission denied)", e);
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        if (reason != null && reason.toLowerCase(Locale.ROOT).contains("levels of symbolic links")) {
            return new BitextException(path + ": a loop of symbolic links", e);
        }
        return new BitextException(path + ": cannot be read (" + reason + ")", e);
    }

    /** {@code 20 MiB}, {@code 1.5 MiB}: limits are powers of two and are named as such. */
    public static String size(long bytes) {
        if (bytes % MIB == 0) {
            return bytes / MIB + " MiB";
        }
        return bytes >= MIB ? String.format(Locale.ROOT, "%.1f MiB", bytes / (double) MIB)
                : String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    }

    /**
     * All of {@code source}, read straight into an array of the size it announces (a jar entry's stream
     * knows its length), sparing {@code readAllBytes}' chunks and their copy into one array: the
     * build's data files are megabytes, read at every cold start.
     */
    public static byte[] readAll(InputStream source) throws IOException {
        byte[] data = new byte[Math.max(source.available(), 1 << 16)];
        int length = 0;
        int read;
        while ((read = source.read(data, length, data.length - length)) > 0) {
            length += read;
            if (length == data.length) {
                int next = source.read();
                if (next < 0) {
                    return data;
                }
                data = Arrays.copyOf(data, data.length * 2);
                data[length++] = (byte) next;
            }
        }
        return length == data.length ? data : Arrays.copyOf(data, length);
    }
}
