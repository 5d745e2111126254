package io.bitext.transcript;

import java.util.List;

/**
 * The part of the transcript that renders one section of the note.
 *
 * @param section    the section's number
 * @param title      the section's title
 * @param from       index of its first cue
 * @param to         index just after its last cue ({@code from == to}: nothing assigned)
 * @param method     {@code time} (the section's time range) or {@code content} (anchors and length)
 * @param confidence 0–1: for time, whether the stretch is well filled; for content, how much of the
 *                   section's anchors it holds and how well its length fits
 * @param sentences  the stretch's English, sentence by sentence (OpenNLP)
 * @param anchors    the section's terms found in the stretch
 * @param missing    the section's terms the stretch lacks, each with the near miss it has instead, if any
 */
public record Stretch(int section, String title, int from, int to, String method, double confidence,
                      List<String> sentences, List<Anchor> anchors, List<Miss> missing) {

    public Stretch {
        sentences = List.copyOf(sentences);
        anchors = List.copyOf(anchors);
        missing = List.copyOf(missing);
    }

    public boolean assigned() {
        return to > from;
    }

    /** A term of the section and where the stretch says it (offset into the stretch's joined text). */
    public record Anchor(String term, String english, int offset) {
    }

    /**
     * A term of the section the stretch does not say; {@code instead} is what it says in its place
     * (a near miss by spelling or sound), or null.
     */
    public record Miss(String term, String instead, int termOffset, int termLength) {
    }
}
