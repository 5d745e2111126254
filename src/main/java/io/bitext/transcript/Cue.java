package io.bitext.transcript;

/**
 * One stretch of a transcript as its file gives it: an SRT or WebVTT cue, or a stamped line or
 * paragraph of a plain-text transcript.
 *
 * @param start   seconds from the start of the recording, or -1 when the transcript has no stamps
 * @param end     seconds, or -1 when unknown (the next cue's start stands in for it)
 * @param speaker the speaker label, or null
 * @param text    what was said
 * @param line    the 1-based line of the transcript file where the cue starts
 */
public record Cue(int start, int end, String speaker, String text, int line) {

    public boolean timed() {
        return start >= 0;
    }
}
