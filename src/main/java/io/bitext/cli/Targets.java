package io.bitext.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bitext.io.OutputNames;
import io.bitext.note.Note;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The translations an import stored beside its output ({@code <note>.targets.json}: unit id → source
 * and target block text), which later exports (TMX, DOCX) show.
 */
final class Targets {
    static final String SUFFIX = ".targets.json";

    private Targets() {
    }

    /** Block index → the block's English, for the DOCX's right column. */
    static Map<Integer, String> byBlock(Map<String, String[]> targets) {
        Map<Integer, String> byBlock = new LinkedHashMap<>();
        targets.forEach((unit, texts) -> byBlock.put(Integer.parseInt(unit.substring(1)), texts[1]));
        return byBlock;
    }

    /**
     * Block index → English for the units whose stored source is still the note's text, from the first
     * of {@code folders} that holds the note's targets: the output folder, then the note's own (where an
     * import beside the note put them). A translation of an older text of a block is not shown beside
     * the new one.
     */
    static Map<Integer, String> matching(Note note, Path... folders) {
        for (Path folder : folders) {
            Map<String, String[]> stored = folder == null ? Map.of() : read(folder, note);
            if (stored.isEmpty()) {
                continue;
            }
            Map<Integer, String> byBlock = new LinkedHashMap<>();
            for (io.bitext.xliff.Unit unit : io.bitext.xliff.Units.of(note)) {
                String[] texts = stored.get(unit.id());
                if (texts != null && texts.length == 2 && texts[0].equals(unit.original())) {
                    byBlock.put(unit.block(), texts[1]);
                }
            }
            return byBlock;
        }
        return Map.of();
    }

    static Map<String, String[]> read(Path folder, Note note) {
        Path file = OutputNames.resolve(folder, note.name(), SUFFIX);
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            Map<String, String[]> read = new ObjectMapper().readValue(file.toFile(), new TypeReference<LinkedHashMap<String, String[]>>() { });
            return read;
        } catch (IOException e) {
            throw new io.bitext.BitextException(file + ": not a readable targets file (" + e.getMessage() + ")", e);
        }
    }
}
