package io.bitext.transcript;

import java.util.List;

/**
 * A note's sections each with its stretch of the English transcript.
 *
 * @param transcript the transcript's file name
 * @param method     {@code time} when the note's time ranges and the transcript's stamps were used,
 *                   {@code content} otherwise
 * @param stretches  one per section, in order
 * @param unassigned cue indexes no section took (sponsor reads, skipped minutes)
 */
public record TranscriptAlignment(String transcript, String method, List<Stretch> stretches, List<Integer> unassigned) {

    public TranscriptAlignment {
        stretches = List.copyOf(stretches);
        unassigned = List.copyOf(unassigned);
    }

    public Stretch section(int index) {
        return stretches.stream().filter(s -> s.section() == index).findFirst().orElse(null);
    }
}
