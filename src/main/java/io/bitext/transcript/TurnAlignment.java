package io.bitext.transcript;

import java.util.Map;

/**
 * Each block of a note's sections with the stretch of the English original it summarises, as
 * {@link TurnAligner} found it inside its section's stretch.
 *
 * @param turns block index → its English; blocks that found none are absent
 */
public record TurnAlignment(Map<Integer, Turn> turns) {

    public TurnAlignment {
        turns = Map.copyOf(turns);
    }

    /** The English of block {@code block}, or null. */
    public Turn turn(int block) {
        return turns.get(block);
    }

    /**
     * The English one block summarises.
     *
     * @param block   the block's index in the note
     * @param section the section's number
     * @param text    the English, sentence by sentence as the transcript has it, with the transcript's
     *                speaker label wherever the speaker changes ({@code Erik: …})
     * @param start   seconds from the start of the recording of the first sentence, or -1 untimed
     * @param line    the transcript file's line where the stretch starts
     * @param anchors how many of the block's anchors (terms, names, numbers) the English says
     */
    public record Turn(int block, int section, String text, int start, int line, int anchors) {
    }
}
