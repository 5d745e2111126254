package io.bitext.batch;

import io.bitext.note.Note;
import java.nio.file.Path;
import java.util.Map;

/** Where the main job finds the translations an import stored for a note (unit id → {source, target}). */
@FunctionalInterface
public interface Translations {
    Map<String, String[]> of(Path output, Note note);
}
