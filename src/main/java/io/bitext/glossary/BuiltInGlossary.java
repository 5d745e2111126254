package io.bitext.glossary;

import io.bitext.error.BitextException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The curated glossary the build copies from {@code glossary/} into the jar, so that Bitext checks a
 * note against it from any folder. Read once per process, on first use: from its compiled form
 * ({@link CompiledGlossary}) where the build made one, else from the TSV files.
 */
final class BuiltInGlossary {
    static final String FOLDER = "io/bitext/glossary/builtin";

    private BuiltInGlossary() {
    }

    private static final class Holder {
        static final Glossary GLOSSARY = load();
    }

    static Glossary get() {
        return Holder.GLOSSARY;
    }

    private static Glossary load() {
        try (InputStream compiled = BuiltInGlossary.class.getClassLoader().getResourceAsStream(CompiledGlossary.RESOURCE)) {
            if (compiled != null) {
                return CompiledGlossary.read(compiled);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("the compiled built-in glossary cannot be read: " + e.getMessage(), e));
        }
        return fromTsvFiles();
    }

    /** One TSV file's rows, named as the built-in glossary names them ({@code built-in core.tsv:12}). */
    static List<Entry> parse(String text, String fileName) {
        return TsvGlossary.parse(text.startsWith("\uFEFF") ? text.substring(1) : text, "built-in " + fileName);
    }

    static Glossary fromTsvFiles() {
        URL folder = BuiltInGlossary.class.getClassLoader().getResource(FOLDER);
        if (folder == null) {
            return new Glossary(List.of(), "built-in (missing from this build)");
        }
        try {
            List<Entry> entries = new ArrayList<>();
            for (Path file : files(folder.toURI())) {
                try (InputStream in = Files.newInputStream(file)) {
                    entries.addAll(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), file.getFileName().toString()));
                }
            }
            return GlossaryLoader.merged(entries, "built-in");
        } catch (IOException | URISyntaxException e) {
            throw new UncheckedIOException(new IOException("the built-in glossary cannot be read: " + e.getMessage(), e));
        } catch (BitextException e) {
            throw new IllegalStateException("the built-in glossary is malformed: " + e.getMessage(), e);
        }
    }

    /** The TSV files of the resource folder, in name order, whether it is a folder on disk or inside the jar. */
    private static List<Path> files(URI folder) throws IOException {
        Path root;
        if ("jar".equals(folder.getScheme())) {
            FileSystem jar;
            try {
                jar = FileSystems.newFileSystem(folder, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                jar = FileSystems.getFileSystem(folder);
            }
            root = jar.getPath(FOLDER);
        } else {
            root = Path.of(folder);
        }
        try (Stream<Path> list = Files.list(root)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
        }
    }
}
