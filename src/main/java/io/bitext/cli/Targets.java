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
