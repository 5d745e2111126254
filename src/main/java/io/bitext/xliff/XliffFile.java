package io.bitext.xliff;

import java.util.Map;

/**
 * An XLIFF file as read back for merging.
 *
 * @param version     {@code 1.2} or {@code 2.x} as the file declares it
 * @param original    the note's file name
 * @param note        the note's bytes, from the file's skeleton
 * @param targetLang  the target language
 * @param targets     unit id → its target, segment by segment, for units with a target, in file order
 */
public record XliffFile(String version, String original, byte[] note, String targetLang,
                        Map<String, Target> targets) {
}
