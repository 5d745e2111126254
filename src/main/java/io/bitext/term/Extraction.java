package io.bitext.term;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * Everything the extractor found in one note.
 *
 * @param occurrences every English term and quote, pairs and bare, in source order
 * @param nonGlosses  bracketed stretches that are not glosses, with the reason
 * @param asrNotes    the note's own remarks on speech-recognition mistakes
 * @param machine     by block index, each prose block's characters that are not prose ({@link NonProse#of}):
 *                    found for the extraction, kept for the checker's own mask; read only, and no part of
 *                    what a report writes
 */
public record Extraction(List<TermOccurrence> occurrences, List<NonGloss> nonGlosses, List<AsrNote> asrNotes,
                         @JsonIgnore Map<Integer, BitSet> machine) {

    public Extraction {
        occurrences = List.copyOf(occurrences);
        nonGlosses = List.copyOf(nonGlosses);
        asrNotes = List.copyOf(asrNotes);
        machine = Map.copyOf(machine);
    }

    public List<TermOccurrence> pairs() {
        return occurrences.stream().filter(TermOccurrence::isPair).toList();
    }

    public List<TermOccurrence> terms() {
        return occurrences.stream().filter(TermOccurrence::isTerm).toList();
    }
}
