package io.bitext.xliff;

import io.bitext.note.Note;
import io.bitext.note.NoteReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges an XLIFF file's targets into its note: each translated unit's block text is replaced by the
 * target with the unit's own code characters put back; everything else of the note is the skeleton,
 * unchanged. A target whose codes are missing, repeated, reordered across pairs or unknown is an
 * error for that unit, which keeps its source.
 *
 * <pre>{@code
 * Merge merge = Merge.of(XliffReader.read(in, "note.xlf"), "note.xlf");
 * Files.write(Path.of("note.en.md"), merge.bytes());
 * }</pre>
 *
 * @param note         the note the XLIFF carries
 * @param text         the merged note
 * @param targets      unit id → merged block text, for the units merged
 * @param untranslated ids of units without a target (they keep their source)
 * @param errors       one message per unit that could not be merged, with its id
 */
public record Merge(Note note, String text, Map<String, String> targets, List<String> untranslated, List<String> errors) {

    public static Merge of(XliffFile file, String name) {
        Note note = NoteReader.parse(file.original() == null ? name : file.original(), file.note());
        List<Unit> units = Units.of(note);
        Map<Integer, String> replacements = new HashMap<>();
        Map<String, String> merged = new LinkedHashMap<>();
        List<String> untranslated = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Unit unit : units) {
            List<Token> target = file.targets().get(unit.id());
            if (target == null || target.stream().allMatch(t -> t instanceof Token.Text text && text.text().isBlank())) {
                untranslated.add(unit.id());
                continue;
            }
            String problem = problem(unit, target);
            if (problem != null) {
                errors.add(name + ": unit " + unit.id() + ": " + problem + "; the unit keeps its source");
                continue;
            }
            String text = render(unit, target);
            replacements.put(unit.block(), text);
            merged.put(unit.id(), text);
        }
        for (String id : file.targets().keySet()) {
            if (units.stream().noneMatch(u -> u.id().equals(id))) {
                errors.add(name + ": unit " + id + " is not in the note; ignored");
            }
        }
        return new Merge(note, note.skeleton().render(replacements), merged, untranslated, errors);
    }

    /** The merged note in the note's own encoding. */
    public byte[] bytes() {
        return note.encoding().encode(text);
    }

    private static String problem(Unit unit, List<Token> target) {
        List<String> order = target.stream().filter(t -> t instanceof Token.Ref).map(t -> ((Token.Ref) t).role() + ":" + ((Token.Ref) t).id()).toList();
        if (order.equals(unit.codes().stream().map(c -> c.role() + ":" + c.id()).toList())) {
            return null; // the source's own order, even where its marks cross (**==**==…==)
        }
        Map<String, Integer> seen = new HashMap<>();
        Deque<Integer> open = new ArrayDeque<>();
        for (Token token : target) {
            if (token instanceof Token.Unknown unknown) {
                return "inline element <" + unknown.element() + "> is not one Bitext wrote";
            }
            if (!(token instanceof Token.Ref ref)) {
                continue;
            }
            if (unit.codes().stream().noneMatch(c -> c.id() == ref.id() && c.role() == ref.role())) {
                return "code " + ref.id() + " (" + ref.role().name().toLowerCase() + ") is not in the source";
            }
            if (seen.merge(ref.role() + ":" + ref.id(), 1, Integer::sum) > 1) {
                return "code " + ref.id() + " is duplicated";
            }
            if (ref.role() == Code.Role.OPEN) {
                open.push(ref.id());
            } else if (ref.role() == Code.Role.CLOSE) {
                if (open.isEmpty() || open.peek() != ref.id()) {
                    return "code " + ref.id() + " is reordered (it closes before it opens, or across another pair)";
                }
                open.pop();
            }
        }
        for (Code code : unit.codes()) {
            if (!seen.containsKey(code.role() + ":" + code.id())) {
                return "code " + code.id() + " (‘" + code.original() + "’) is missing";
            }
        }
        return null;
    }

    private static String render(Unit unit, List<Token> target) {
        StringBuilder text = new StringBuilder();
        for (Token token : target) {
            if (token instanceof Token.Text t) {
                text.append(t.text());
            } else if (token instanceof Token.Ref ref) {
                unit.codes().stream().filter(c -> c.id() == ref.id() && c.role() == ref.role()).findFirst()
                        .ifPresent(c -> text.append(c.original()));
            }
        }
        return text.toString();
    }
}
