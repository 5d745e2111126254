package io.bitext.io;

import io.bitext.error.BitextException;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Finds the notes among paths given on the command line: files as they are, folders (an Obsidian
 * vault, say) searched recursively for {@code .md} and {@code .txt} files, skipping hidden folders
 * such as {@code .obsidian/} and {@code .git/}.
 */
public final class NoteFinder {

    private NoteFinder() {
    }

    public static boolean isNoteName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return (lower.endsWith(".md") || lower.endsWith(".txt") || lower.endsWith(".markdown"))
                && !lower.startsWith(".") && !lower.equals("readme.md");
    }

    public static List<Path> find(List<Path> paths) {
        List<Path> notes = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw missing(path);
            }
            if (Files.isDirectory(path)) {
                List<Path> found = inFolder(path);
                if (found.isEmpty()) {
                    throw new BitextException(path + ": no notes (.md or .txt files) in this directory");
                }
                notes.addAll(found);
            } else {
                notes.add(path);
            }
        }
        return notes;
    }

    /** Why {@code path} cannot be found: a dangling link or a loop of links is named as such. */
    private static BitextException missing(Path path) {
        if (Files.isSymbolicLink(path)) {
            try {
                Files.readAttributes(path, BasicFileAttributes.class);
            } catch (IOException e) {
                return InputFiles.failure(path, e);
            }
        }
        return new BitextException(path + ": no such file or directory");
    }

    private static List<Path> inFolder(Path folder) {
        TreeSet<Path> found = new TreeSet<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    return !dir.equals(folder) && name.startsWith(".") ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && isNoteName(file.getFileName().toString())) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new BitextException(folder + ": cannot be listed (" + e.getMessage() + ")", e);
        }
        return new ArrayList<>(found);
    }
}
