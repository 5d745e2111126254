package io.bitext.transcript;

import java.util.List;

/**
 * An English transcript of the recording a note summarises: its cues in order.
 *
 * <pre>{@code
 * Transcript transcript = TranscriptReader.read(Path.of("episode.srt"));
 * }</pre>
 *
 * @param name   the file name
 * @param format {@code srt}, {@code vtt}, {@code stamped} (plain text with time stamps) or {@code plain}
 * @param cues   the cues, in order
 */
public record Transcript(String name, String format, List<Cue> cues) {

    public Transcript {
        cues = List.copyOf(cues);
    }

    /** Whether the cues carry time stamps (every one of them does, or none). */
    public boolean timed() {
        return !cues.isEmpty() && cues.stream().allMatch(Cue::timed);
    }

    /** The end of a cue: its own, else the next cue's start, else its start plus a guess from its length. */
    public int endOf(int index) {
        Cue cue = cues.get(index);
        if (cue.end() >= 0) {
            return cue.end();
        }
        if (index + 1 < cues.size() && cues.get(index + 1).start() >= 0) {
            return cues.get(index + 1).start();
        }
        return cue.start() + Math.max(1, cue.text().split("\\s+").length / 3); // about three words a second
    }
}
