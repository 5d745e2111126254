package io.bitext.glossary;

import io.bitext.error.BitextException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a glossary folder: every {@code *.tsv} in it, in name order, merged. An id defined twice
 * with the same content is one concept; with different content it is an error naming both places.
 */
final class GlossaryLoader {

    private GlossaryLoader() {
    }

    static Glossary load(Path folderOrFile) {
        List<Entry> entries = new ArrayList<>();
        for (Path file : files(folderOrFile)) {
            entries.addAll(TsvGlossary.parse(readUtf8(file), file.toString()));
        }
        return merged(entries, folderOrFile.toString());
    }

    /** One concept per id: an id defined twice identically is one concept, differently an error naming both places. */
    static Glossary merged(List<Entry> entries, String origin) {
        Map<String, Entry> byId = new LinkedHashMap<>();
        for (Entry entry : entries) {
            Entry earlier = byId.putIfAbsent(entry.id(), entry);
            if (earlier != null && !earlier.sameContent(entry)) {
                throw new BitextException(entry.origin() + ": id '" + entry.id() + "' is already defined differently at "
                        + earlier.origin());
            }
        }
        return new Glossary(new ArrayList<>(byId.values()), origin);
    }

    private static List<Path> files(Path folderOrFile) {
        if (Files.isRegularFile(folderOrFile)) {
            return List.of(folderOrFile);
        }
        if (!Files.isDirectory(folderOrFile)) {
            throw new BitextException(folderOrFile + ": no such glossary file or folder");
        }
        try (Stream<Path> list = Files.list(folderOrFile)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".tsv") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new BitextException(folderOrFile + ": cannot be listed (" + e.getMessage() + ")", e);
        }
    }

    static String readUtf8(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new BitextException(file + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new BitextException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
