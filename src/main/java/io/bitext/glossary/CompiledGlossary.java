package io.bitext.glossary;

import io.bitext.io.InputFiles;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * The built-in glossary as the build leaves it in the jar: its merged concepts, the matcher's
 * automaton and the key tables of its {@link FormIndex}es ({@link #filedKeys}), stored as they are in
 * memory, so that a check reads them in a few milliseconds instead of parsing 2,000 TSV rows, building
 * the automaton and filing every form under the rules' keys again at every start. Maven runs {@link #main}
 * after compiling, on the TSV files it has copied into the classes folder:
 *
 * <pre>{@code
 * java -cp target/classes io.bitext.glossary.CompiledGlossary \
 *     target/classes/io/bitext/glossary/builtin target/classes/io/bitext/glossary/builtin.bin
 * }</pre>
 *
 * The file is rebuilt by every build from the same TSV files the jar carries, so the two cannot
 * disagree; without it (classes compiled by an IDE alone) the TSV files are read as before.
 */
public final class CompiledGlossary {
    static final String RESOURCE = "io/bitext/glossary/builtin.bin";
    private static final int MAGIC = 0x42_54_47_4C; // "BTGL"
    private static final int FORMAT = 3;

    private CompiledGlossary() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: CompiledGlossary <folder of glossary TSV files> <output file>");
        }
        Path folder = Path.of(args[0]);
        Path target = Path.of(args[1]);
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
        }
        List<Entry> entries = new ArrayList<>();
        for (Path file : files) {
            entries.addAll(BuiltInGlossary.parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString()));
        }
        Glossary glossary = GlossaryLoader.merged(entries, "built-in");
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                write(glossary, GlossaryMatcher.of(glossary), out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        System.out.printf("built-in glossary: %,d concepts from %d files, %,d bytes: %s%n", glossary.size(), files.size(),
                Files.size(target), target);
    }

    /** Writes the glossary's concepts in order, then its matcher. */
    static void write(Glossary glossary, GlossaryMatcher matcher, OutputStream to) throws IOException {
        DataOutputStream out = new DataOutputStream(to);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        CompiledEntries.writeString(out, glossary.origin());
        CompiledEntries.write(glossary.entries(), out);
        matcher.write(out);
        List<FormKeys> indexes = filedKeys();
        out.writeInt(indexes.size());
        for (FormKeys keys : indexes) {
            CompiledEntries.writeString(out, keys.name());
            CompiledKeyTable.write(glossary, keys, out);
        }
        out.flush();
    }

    /** The kinds of key filed at build time: the glossary's own English lookup and every registered {@link FormKeys}. */
    static List<FormKeys> filedKeys() {
        List<FormKeys> all = new ArrayList<>(List.of(EnglishKeys.INSTANCE));
        ServiceLoader.load(FormKeys.class, CompiledGlossary.class.getClassLoader()).forEach(all::add);
        return all;
    }

    /** Reads what {@link #write} wrote: the glossary, its matcher attached. */
    static Glossary read(InputStream from) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(InputFiles.readAll(from));
        if (in.getInt() != MAGIC || in.getInt() != FORMAT) {
            throw new IOException("not a compiled glossary of this version");
        }
        String origin = CompiledEntries.readString(in);
        Glossary glossary = new Glossary(CompiledEntries.read(in), origin);
        glossary.attach(GlossaryMatcher.read(in, glossary));
        int tables = in.getInt();
        Map<String, KeyTable> byName = new HashMap<>();
        for (int i = 0; i < tables; i++) {
            String name = CompiledEntries.readString(in);
            byName.put(name, CompiledKeyTable.read(in, glossary.entries()));
        }
        glossary.attach(byName);
        return glossary;
    }

}
