package io.bitext.transcript;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.bitext.note.TimeRange;
import java.util.List;
import java.util.Optional;

/**
 * A note's sections each with its stretch of the English transcript.
 *
 * @param transcript the transcript's file name
 * @param method     {@code time} when the note's time ranges and the transcript's stamps were used,
 *                   {@code content} otherwise
 * @param stretches  one per section, in order
 * @param unassigned cue indexes no section took (sponsor reads, skipped minutes)
 * @param cues       the transcript's cues, to say where a stretch says something (not written to JSON)
 */
public record TranscriptAlignment(String transcript, String method, List<Stretch> stretches, List<Integer> unassigned,
                                  @JsonIgnore List<Cue> cues) {

    public TranscriptAlignment {
        stretches = List.copyOf(stretches);
        unassigned = List.copyOf(unassigned);
        cues = List.copyOf(cues);
    }

    /**
     * Where the section's stretch says {@code form} (whole words, any case): the first cue that does,
     * or, for a form split over two cues, the cue its first word is in; empty when the stretch does not say it.
     */
    public Optional<Said> said(int section, String form) {
        Stretch stretch = section(section);
        if (stretch == null || !stretch.assigned() || form.isBlank()) {
            return Optional.empty();
        }
        java.util.regex.Pattern whole = Anchors.pattern(form);
        if (!whole.matcher(TranscriptAligner.joined(this, stretch.from(), stretch.to())).find()) {
            return Optional.empty();
        }
        java.util.regex.Pattern first = Anchors.pattern(form.strip().split("[\\s-]+")[0]);
        Cue at = null;
        for (int c = stretch.from(); c < stretch.to() && at == null; c++) {
            at = whole.matcher(cues.get(c).text()).find() ? cues.get(c) : null;
        }
        for (int c = stretch.to() - 1; c >= stretch.from() && at == null; c--) {
            at = first.matcher(cues.get(c).text()).find() ? cues.get(c) : null;
        }
        return Optional.of(at == null ? new Said(form, 0, null) : new Said(form, at.line(), at.timed() ? TimeRange.format(at.start()) : null));
    }

    /** What the original says and where: the transcript's line (0 when unknown) and the cue's time, or null when it has none. */
    public record Said(String english, int line, String time) {
    }

    public Stretch section(int index) {
        return stretches.stream().filter(s -> s.section() == index).findFirst().orElse(null);
    }
}
