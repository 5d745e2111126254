package io.bitext.xliff;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bitext.error.BitextException;
import io.bitext.io.OutputNames;
import io.bitext.note.Note;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The translations an import stored for a note, unit by unit, which later exports (TMX, DOCX, the
 * HTML report) show beside the source. They live beside the outputs as {@code <note>.targets.json}:
 * unit id → {source, target}.
 *
 * <pre>{@code
 * Translations english = Translations.read(Path.of("output"), note);
 * String row = english.byBlock().get(12);   // the English of block 12, or null
 * }</pre>
 */
public final class Translations {
    /** The file name's ending beside the note's other outputs. */
    public static final String SUFFIX = ".targets.json";

    /** One translated unit: its id ({@code b12}), its source text and its target text. */
    public record Translation(String unit, String source, String target) {
    }

    private static final Translations NONE = new Translations(Map.of());

    private final Map<String, Translation> byUnit;

    private Translations(Map<String, Translation> byUnit) {
        this.byUnit = Map.copyOf(byUnit);
    }

    public static Translations none() {
        return NONE;
    }

    /** The translations stored for {@code note} in {@code folder}, or none when there is no such file. */
    public static Translations read(Path folder, Note note) {
        Path file = OutputNames.resolve(folder, note.name(), SUFFIX);
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        try {
            Map<String, String[]> stored = new ObjectMapper().readValue(file.toFile(), new TypeReference<LinkedHashMap<String, String[]>>() { });
            Map<String, Translation> byUnit = new LinkedHashMap<>();
            stored.forEach((unit, texts) -> {
                if (texts == null || texts.length != 2 || !unit.matches("b\\d{1,9}(-label)?")) {
                    throw new BitextException(file + ": unit '" + unit + "' is not a {source, target} pair");
                }
                byUnit.put(unit, new Translation(unit, texts[0], texts[1]));
            });
            return new Translations(byUnit);
        } catch (IOException e) {
            throw new BitextException(file + ": not a readable targets file (" + e.getMessage() + ")", e);
        }
    }

    /** The stored form: unit id → {source, target}, in unit order. */
    public static Map<String, String[]> stored(Map<String, Translation> byUnit) {
        Map<String, String[]> stored = new LinkedHashMap<>();
        byUnit.forEach((unit, t) -> stored.put(unit, new String[] {t.source(), t.target()}));
        return stored;
    }

    public boolean isEmpty() {
        return byUnit.isEmpty();
    }

    /** The translation of the unit with this id, or null. */
    public Translation unit(String id) {
        return byUnit.get(id);
    }

    /** Block index → the block's English. */
    public Map<Integer, String> byBlock() {
        Map<Integer, String> byBlock = new LinkedHashMap<>();
        byUnit.forEach((unit, t) -> {
            if (!unit.endsWith("-label")) {
                byBlock.put(Integer.parseInt(unit.substring(1)), t.target());
            }
        });
        return byBlock;
    }

    /**
     * Block index → English for the units whose stored source is still the note's text: a translation
     * of an older text of a block is not shown beside the new one.
     */
    public Map<Integer, String> current(Note note) {
        return current(Units.of(note));
    }

    /** The same, given the note's units. */
    public Map<Integer, String> current(List<Unit> units) {
        Map<Integer, String> byBlock = new LinkedHashMap<>();
        for (Unit unit : units) {
            Translation t = byUnit.get(unit.id());
            if (t != null && t.source().equals(unit.original())) {
                byBlock.put(unit.block(), t.target());
            }
        }
        return byBlock;
    }

    /** Unit id → {source, target}, the map the TMX writer takes. */
    public Map<String, String[]> asPairs() {
        return stored(byUnit);
    }
}
