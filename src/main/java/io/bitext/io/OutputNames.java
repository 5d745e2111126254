package io.bitext.io;

import io.bitext.error.BitextException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Names of output files derived from note names. A note's name is user data: it must not lead an
 * output out of the output folder ({@code ../}, an absolute path, a NUL) or onto a name Windows
 * reserves, and an output must never replace a source note.
 */
public final class OutputNames {
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private OutputNames() {
    }

    /** The note's file name without its extension, made safe as a file name. */
    public static String stem(String noteName) {
        String name = noteName;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        StringBuilder safe = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            safe.append(c < 0x20 || "<>:\"/\\|?*".indexOf(c) >= 0 ? '_' : c);
        }
        String result = safe.toString().replaceAll("^[.\\s]+|[.\\s]+$", "");
        if (result.isEmpty()) {
            result = "note";
        }
        if (RESERVED.contains(result.toLowerCase(Locale.ROOT))) {
            result = "_" + result;
        }
        return result;
    }

    /** {@code outputDir/stem + suffix}, checked to stay inside {@code outputDir}. */
    public static Path resolve(Path outputDir, String noteName, String suffix) {
        Path folder = outputDir.toAbsolutePath().normalize();
        Path target = folder.resolve(stem(noteName) + suffix).normalize();
        if (!target.getParent().equals(folder)) {
            throw new BitextException(noteName + ": output name leaves the output folder");
        }
        return target;
    }

    /**
     * Refuses to write over a source note: the same path, or another name for the same file (a
     * symbolic or hard link), since an output replaces its target without a backup.
     */
    public static void refuseSource(Path target, java.util.Collection<Path> sources) {
        Path normal = target.toAbsolutePath().normalize();
        Object targetKey = fileKey(target); // null when the target does not exist yet: then only a path can match
        for (Path source : sources) {
            if (source.toAbsolutePath().normalize().equals(normal) || targetKey != null && targetKey.equals(fileKey(source))) {
                throw new BitextException(target + ": would overwrite a source note; choose another output folder");
            }
        }
    }

    /** The file's identity (device and inode) behind any links, or null for a file not written yet. */
    private static Object fileKey(Path path) {
        if (!java.nio.file.Files.exists(path)) {
            return null; // only its path can match a source
        }
        try {
            return java.nio.file.Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        } catch (java.io.IOException e) {
            throw new BitextException(path + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
