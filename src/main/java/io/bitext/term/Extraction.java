package io.bitext.term;

import java.util.List;

/**
 * Everything the extractor found in one note.
 *
 * @param occurrences every English term and quote, pairs and bare, in source order
 * @param nonGlosses  bracketed stretches that are not glosses, with the reason
 * @param asrNotes    the note's own remarks on speech-recognition mistakes
 */
public record Extraction(List<TermOccurrence> occurrences, List<NonGloss> nonGlosses, List<AsrNote> asrNotes) {

    public Extraction {
        occurrences = List.copyOf(occurrences);
        nonGlosses = List.copyOf(nonGlosses);
        asrNotes = List.copyOf(asrNotes);
    }

    public List<TermOccurrence> pairs() {
        return occurrences.stream().filter(TermOccurrence::isPair).toList();
    }

    public List<TermOccurrence> terms() {
        return occurrences.stream().filter(TermOccurrence::isTerm).toList();
    }
}
