package io.bitext.cli;

import io.bitext.note.TimeRange;
import io.bitext.transcript.Stretch;
import io.bitext.transcript.Transcript;
import io.bitext.transcript.TranscriptAlignment;
import java.util.stream.Collectors;

/** The sections beside their stretches of the English original, for the terminal. */
final class TranscriptTable {

    private TranscriptTable() {
    }

    static String render(TranscriptAlignment aligned, Transcript transcript, Integer only) {
        StringBuilder text = new StringBuilder(aligned.transcript()).append(": ").append(transcript.cues().size())
                .append(" cues, aligned by ").append(aligned.method()).append("\n\n");
        for (Stretch s : aligned.stretches()) {
            if (only != null && s.section() != only) {
                continue;
            }
            text.append("§").append(s.section()).append(" ").append(s.title()).append("  ← ");
            if (!s.assigned()) {
                text.append("no stretch (confidence ").append(s.confidence()).append(")\n\n");
                continue;
            }
            text.append("cues ").append(s.from() + 1).append("–").append(s.to());
            if (transcript.cues().get(s.from()).timed()) {
                text.append(" (").append(TimeRange.format(transcript.cues().get(s.from()).start())).append(" - ")
                        .append(TimeRange.format(transcript.endOf(s.to() - 1))).append(")");
            }
            text.append(", confidence ").append(s.confidence()).append("\n");
            s.sentences().stream().limit(2).forEach(sentence -> text.append("    ").append(sentence).append("\n"));
            if (s.sentences().size() > 2) {
                text.append("    … ").append(s.sentences().size() - 2).append(" more sentences\n");
            }
            if (!s.anchors().isEmpty()) {
                text.append("  anchors: ").append(s.anchors().stream().map(Stretch.Anchor::term).distinct().collect(Collectors.joining(", "))).append("\n");
            }
            s.missing().stream().filter(m -> m.instead() != null).forEach(m ->
                    text.append("  ! the English says ‘").append(m.instead()).append("’ where the note writes ‘").append(m.term()).append("’\n"));
            text.append("\n");
        }
        if (!aligned.unassigned().isEmpty()) {
            text.append("unassigned cues (no section renders them): ").append(aligned.unassigned().stream()
                    .map(c -> String.valueOf(c + 1)).collect(Collectors.joining(", "))).append("\n");
        }
        return text.toString();
    }
}
