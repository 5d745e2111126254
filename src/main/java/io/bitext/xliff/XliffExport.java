package io.bitext.xliff;

import io.bitext.glossary.GlossaryMatch;
import io.bitext.glossary.GlossaryMatcher;
import io.bitext.note.Note;
import java.util.List;
import java.util.Map;

/**
 * The common path in one call: a note to XLIFF bytes of the version asked for.
 *
 * <pre>{@code
 * byte[] xlf = XliffExport.write(note, Files.readAllBytes(path), matcher, "1.2", "en");
 * }</pre>
 *
 * <p>XLIFF 1.2 gives every untranslated unit a copy of its source as target (see {@link Xliff12Writer});
 * {@code copySources} false leaves such units without a target, for tools that fill targets
 * themselves. XLIFF 2.1 writes targets only for translated units, as the 2.x tools expect.
 */
public final class XliffExport {

    private XliffExport() {
    }

    public static byte[] write(Note note, byte[] original, GlossaryMatcher matcher, String version, String targetLang) {
        return write(note, original, matcher, version, targetLang, Map.of(), true);
    }

    public static byte[] write(Note note, byte[] original, GlossaryMatcher matcher, String version, String targetLang,
                               Map<String, List<List<Part>>> targets) {
        return write(note, original, matcher, version, targetLang, targets, true);
    }

    public static byte[] write(Note note, byte[] original, GlossaryMatcher matcher, String version, String targetLang,
                               Map<String, List<List<Part>>> targets, boolean copySources) {
        return write(note, Units.of(note), original, matcher, version, targetLang, targets, copySources);
    }

    /** The same, given the note's units as a session already cut them. */
    public static byte[] write(Note note, List<Unit> units, byte[] original, GlossaryMatcher matcher, String version,
                               String targetLang, Map<String, List<List<Part>>> targets, boolean copySources) {
        return write(note, units, original, matcher, null, version, targetLang, targets, copySources);
    }

    /** The same, given also every match of {@code matcher} in the note's text as a session already has them (null: matched here). */
    public static byte[] write(Note note, List<Unit> units, byte[] original, GlossaryMatcher matcher, List<GlossaryMatch> matches,
                               String version, String targetLang, Map<String, List<List<Part>>> targets, boolean copySources) {
        return switch (version) {
            case "1.2" -> Xliff12Writer.write(note, original, units, matcher, matches, targetLang, targets, copySources);
            case "2.0", "2.1" -> Xliff21Writer.write(note, original, units, matcher, matches, targetLang, targets);
            default -> throw new io.bitext.error.BitextException("--xliff-version takes 1.2 or 2.1, not '" + version + "'");
        };
    }
}
