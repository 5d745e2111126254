package io.bitext.dict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The build step that turns ECDICT's 66 MB CSV into the index {@link Dictionary#english()} loads. Maven runs
 * it after compiling, with ECDICT's jar on the plugin's class path only, so that neither the CSV nor its
 * jar reaches the application:
 *
 * <pre>{@code
 * java -cp target/classes:commons-csv.jar:english-chinese-dictionary-0.0.1.jar \
 *     io.bitext.dict.IndexBuilder ecdict.csv target/classes/io/bitext/dict/ecdict.bin
 * }</pre>
 *
 * The first argument is a file or, failing that, a class-path resource; the optional third, the folder of
 * this package's sources. The index is not rebuilt while it is newer than both the CSV's origin and the
 * code that writes it (those sources, or else these classes), so that a build after a change elsewhere
 * does not pay for it again. It lives here, beside the reader, because both share
 * the index format, and the round-trip test needs both.
 */
public final class IndexBuilder {
    private IndexBuilder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            throw new IllegalArgumentException(
                    "usage: IndexBuilder <ecdict.csv file or resource> <index file> [<source folder of the writer>]");
        }
        Path target = Path.of(args[1]);
        Source source = Source.of(args[0]);
        Path code = args.length == 3 ? Path.of(args[2]) : classDirectory();
        if (Files.exists(target) && Files.getLastModifiedTime(target).compareTo(source.modified()) > 0
                && Files.getLastModifiedTime(target).compareTo(newest(code)) > 0) {
            return;
        }
        long start = System.nanoTime();
        List<DictEntry> entries;
        try (InputStream in = source.open();
             BufferedReader csv = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            entries = withInflectedForms(EcdictReader.read(csv));
        }
        write(entries, target);
        System.out.printf("dictionary index: %,d entries, %,d bytes, %d ms: %s%n", entries.size(),
                Files.size(target), (System.nanoTime() - start) / 1_000_000, target);
    }

    /** Writes the index to a temporary file beside {@code target} and moves it into place. */
    static void write(List<DictEntry> entries, Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                IndexWriter.write(entries, out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * The entries plus one for each inflected form that a lemma names but that has no row of its own
     * ({@code modelled} under {@code model}), so that {@link Dictionary#lemma} knows it.
     */
    static List<DictEntry> withInflectedForms(List<DictEntry> entries) {
        Set<String> spelled = new HashSet<>();
        entries.forEach(entry -> spelled.add(entry.word()));
        Map<String, DictEntry> added = new LinkedHashMap<>();
        for (DictEntry entry : entries) {
            if (entry.isInflected()) {
                continue;
            }
            entry.forms().forEach((kind, form) -> {
                if (!spelled.contains(form)) {
                    added.merge(form, formEntry(form, entry.word(), EnumSet.of(kind)), IndexBuilder::sameLemma);
                }
            });
        }
        List<DictEntry> all = new ArrayList<>(entries);
        all.addAll(added.values());
        return all;
    }

    private static DictEntry formEntry(String form, String lemma, Set<Inflection> kinds) {
        return new DictEntry(form, List.of(), 0, 0, Map.of(), lemma, kinds);
    }

    /** Two lemmas naming the same form: the first keeps it; the same lemma twice adds the kinds. */
    private static DictEntry sameLemma(DictEntry first, DictEntry second) {
        if (!first.lemma().equals(second.lemma())) {
            return first;
        }
        Set<Inflection> kinds = EnumSet.copyOf(first.formOf());
        kinds.addAll(second.formOf());
        return formEntry(first.word(), first.lemma(), kinds);
    }

    /**
     * When the code that writes the index last changed: its newest source or class file in
     * {@code directory}; the end of time when that is unknown. Maven passes the source folder, since a
     * build recompiles every class after any change elsewhere and their times say nothing.
     */
    private static FileTime newest(Path directory) throws IOException {
        FileTime newest = FileTime.fromMillis(Long.MAX_VALUE);
        if (directory == null || !Files.isDirectory(directory)) {
            return newest;
        }
        newest = FileTime.fromMillis(0);
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files.filter(IndexBuilder::isCode)::iterator) {
                FileTime modified = Files.getLastModifiedTime(file);
                newest = modified.compareTo(newest) > 0 ? modified : newest;
            }
        }
        return newest;
    }

    private static boolean isCode(Path file) {
        return file.toString().endsWith(".class") || file.toString().endsWith(".java");
    }

    private static Path classDirectory() {
        URL self = IndexBuilder.class.getResource("IndexBuilder.class");
        try {
            return self != null && "file".equals(self.getProtocol()) ? Path.of(self.toURI()).getParent() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Where the CSV comes from: a file, or a resource inside a jar on the class path. */
    private record Source(String name, Path file, URL resource) {
        static Source of(String name) {
            Path file = Path.of(name);
            if (Files.isRegularFile(file)) {
                return new Source(name, file, null);
            }
            URL resource = Thread.currentThread().getContextClassLoader().getResource(name);
            if (resource == null) {
                throw new IllegalArgumentException(name + " is neither a file nor a resource on the class path");
            }
            return new Source(name, null, resource);
        }

        InputStream open() throws IOException {
            return file != null ? Files.newInputStream(file) : resource.openStream();
        }

        /** When the file or the jar holding the resource last changed; now, when that cannot be told. */
        FileTime modified() throws IOException {
            if (file != null) {
                return Files.getLastModifiedTime(file);
            }
            try {
                if (resource.openConnection() instanceof JarURLConnection jar) {
                    return Files.getLastModifiedTime(Path.of(jar.getJarFileURL().toURI()));
                }
            } catch (URISyntaxException | IllegalArgumentException e) {
                return FileTime.fromMillis(Long.MAX_VALUE);
            }
            return FileTime.fromMillis(Long.MAX_VALUE);
        }
    }
}
