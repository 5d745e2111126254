package io.bitext.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the main job did with one note.
 *
 * @param note       the note's file name
 * @param path       where it was read
 * @param sections   its sections
 * @param terms      distinct English terms it keeps inline
 * @param errors     findings by severity: errors
 * @param warnings   warnings
 * @param infos      infos
 * @param files      the outputs written
 * @param renderings English term → Chinese rendering → uses, for the cross-note report
 * @param spellings  the note's usual spelling of each of its terms, for the cross-note report
 * @param failure    why the note could not be processed, or null
 */
public record NoteReport(String note, Path path, int sections, int terms, int errors, int warnings, int infos,
                         List<Path> files, Map<String, Map<String, Integer>> renderings, List<String> spellings,
                         String failure) {

    public static NoteReport failed(Path path, String failure) {
        return new NoteReport(path.getFileName().toString(), path, 0, 0, 0, 0, 0, List.of(), Map.of(), List.of(), failure);
    }

    public boolean ok() {
        return failure == null;
    }
}
