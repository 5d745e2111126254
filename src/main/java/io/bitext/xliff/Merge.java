package io.bitext.xliff;

import io.bitext.note.Note;
import io.bitext.note.NoteReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges an XLIFF file's targets into its note, segment by segment: each translated segment's text
 * replaces the source's, with the unit's own code characters put back and the translator's text
 * escaped where Markdown would read it as markup; every other character of the note is kept.
 *
 * <p>No text is ever lost. A segment that is missing from its target, empty, or whose codes are
 * missing, repeated, reordered across pairs or unknown keeps its source, and a target segment the
 * source does not have (an unknown or repeated {@code mid}, text outside the segments) is left out;
 * each is reported as a {@link Problem} with the unit and segment, and the rest of the unit and of
 * the note is merged. A segment whose target equals its source counts as translated only when its
 * {@code state} says so ({@code translated}, {@code final}, {@code reviewed}…), so a tool's copy of
 * the source in an untranslated segment is not counted.
 *
 * <pre>{@code
 * Merge merge = Merge.of(XliffReader.read(in, "note.xlf"), "note.xlf");
 * Files.write(Path.of("note.en.md"), merge.bytes());
 * merge.problems().forEach(p -> System.err.println(p));
 * }</pre>
 *
 * @param note         the note the XLIFF carries
 * @param text         the merged note
 * @param targets      unit id → merged unit text, for the units with at least one translated segment
 * @param untranslated ids of units with no translated segment (they keep their source)
 * @param problems     what could not be merged, one per segment, in note order
 */
public record Merge(Note note, String text, Map<String, String> targets, List<String> untranslated,
                    List<Problem> problems) {

    /**
     * Something in the file that was not merged, and what the note kept instead.
     *
     * @param file    the XLIFF file's name
     * @param unit    the unit's id
     * @param segment the segment's number or id as the file gives it, or null for the whole unit
     * @param message what was wrong and what was kept
     */
    public record Problem(String file, String unit, String segment, String message) {
        @Override
        public String toString() {
            return file + ": unit " + unit + (segment == null ? "" : ", segment " + segment) + ": " + message;
        }
    }

    public static Merge of(XliffFile file, String name) {
        Note note = NoteReader.parse(file.original() == null ? name : file.original(), file.note());
        List<Unit> units = Units.of(note);
        Map<Integer, String[]> replacements = new HashMap<>();
        Map<String, String> merged = new LinkedHashMap<>();
        List<String> untranslated = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Unit> byId = new HashMap<>();
        for (Unit unit : units) {
            byId.put(unit.id(), unit);
            Target target = file.targets().get(unit.id());
            UnitMerge.Result result = target == null ? null : UnitMerge.of(unit, target, name, note.text());
            if (result != null) {
                problems.addAll(result.problems());
            }
            if (result == null || !result.translated()) {
                untranslated.add(unit.id());
                continue;
            }
            replacements.put(unit.offset(), new String[] {unit.original(), result.text()});
            merged.put(unit.id(), result.text());
        }
        for (Map.Entry<String, Target> target : file.targets().entrySet()) {
            if (!byId.containsKey(target.getKey())) {
                String text = target.getValue().segments().stream().map(Target.Segment::plainText)
                        .reduce("", String::concat).strip();
                problems.add(new Problem(name, target.getKey(), null, "is not in the note; its target "
                        + UnitMerge.quote(text) + " was not merged"));
            }
        }
        return new Merge(note, splice(note.text(), replacements), merged, untranslated, problems);
    }

    /** The problems as one line each, the way {@code bitext import} prints them. */
    public List<String> errors() {
        return problems.stream().map(Problem::toString).toList();
    }

    /** The merged note in the note's own encoding. */
    public byte[] bytes() {
        return note.encoding().encode(text);
    }

    /** The note with each unit's text (offset → {source, target}) replaced; units never overlap. */
    private static String splice(String source, Map<Integer, String[]> replacements) {
        StringBuilder out = new StringBuilder(source.length() + source.length() / 2);
        int at = 0;
        for (Integer offset : replacements.keySet().stream().sorted().toList()) {
            String[] texts = replacements.get(offset);
            out.append(source, at, offset).append(texts[1]);
            at = offset + texts[0].length();
        }
        return out.append(source, at, source.length()).toString();
    }
}
