package io.bitext.check;

import io.bitext.note.Excerpt;
import io.bitext.align.Alignment;
import io.bitext.glossary.Glossary;
import io.bitext.glossary.GlossaryMatch;
import io.bitext.glossary.GlossaryMatcher;
import io.bitext.note.Block;
import io.bitext.note.Note;
import io.bitext.note.Span;
import io.bitext.term.NonProse;
import io.bitext.term.TermOccurrence;
import io.bitext.transcript.TranscriptAlignment;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What every rule reads: the note, its alignment, the glossary and where the glossary's forms stand
 * in the note's prose. Built once per note; the rules only read it.
 */
public final class CheckContext {
    private final Note note;
    private final Alignment alignment;
    private final Glossary glossary;
    private final BitSet prose;
    private final List<GlossaryMatch> matches;
    private final TranscriptAlignment transcript;
    private final OtherNotes otherNotes;
    /** What rules derive from the note alone, by kind: made by the first rule that asks, read by the others. */
    private final Map<Class<?>, Object> shared = new HashMap<>(4);

    public CheckContext(Note note, Alignment alignment, Glossary glossary, GlossaryMatcher matcher) {
        this(note, alignment, glossary, matcher, null);
    }

    /** With {@code transcript}, the note's sections aligned with the English original (or null). */
    public CheckContext(Note note, Alignment alignment, Glossary glossary, GlossaryMatcher matcher, TranscriptAlignment transcript) {
        this(note, alignment, glossary, matcher, transcript, OtherNotes.none());
    }

    /** With {@code otherNotes}, the names the run's other notes write ({@link OtherNotes#none()} for a single check). */
    public CheckContext(Note note, Alignment alignment, Glossary glossary, GlossaryMatcher matcher, TranscriptAlignment transcript,
                        OtherNotes otherNotes) {
        this(note, alignment, glossary, matcher.findAll(note.text()), transcript, otherNotes);
    }

    /** With {@code all}, every match of the glossary's matcher in the note's text ({@link GlossaryMatcher#findAll}). */
    public CheckContext(Note note, Alignment alignment, Glossary glossary, List<GlossaryMatch> all, TranscriptAlignment transcript,
                        OtherNotes otherNotes) {
        this.transcript = transcript;
        this.otherNotes = otherNotes;
        this.note = note;
        this.alignment = alignment;
        this.glossary = glossary;
        this.prose = proseMask(note, alignment.extraction().machine());
        List<GlossaryMatch> inProse = new ArrayList<>();
        int coveredTo = -1;
        for (GlossaryMatch m : all) { // by start, longest first
            boolean inside = m.end() < coveredTo || m.end() == coveredTo && !inProse.isEmpty()
                    && inProse.get(inProse.size() - 1).start() < m.start();
            if (prose.get(m.start()) && prose.get(m.end() - 1) && !inside) {
                inProse.add(m); // "scale" inside "Scale AI" is part of the longer name, not a use of its own
                coveredTo = Math.max(coveredTo, m.end());
            }
        }
        this.matches = inProse;
    }

    /** The characters a reader reads as text: blocks other than verbatim ones and cover data, less code spans, paths, options, file names and URLs. */
    private static BitSet proseMask(Note note, Map<Integer, BitSet> machine) {
        BitSet mask = new BitSet(note.text().length());
        for (Block block : note.blocks()) {
            if (block.isProse()) {
                mask.set(block.span().offset(), block.span().end());
                BitSet found = machine.get(block.index()); // what the extraction already found
                if (found == null) {
                    NonProse.clear(mask, note.text(), block);
                    continue;
                }
                int base = block.span().offset();
                for (int from = found.nextSetBit(0); from >= 0; from = found.nextSetBit(from)) {
                    int to = found.nextClearBit(from);
                    mask.clear(base + from, base + to);
                    from = to;
                }
            }
        }
        return mask;
    }

    /**
     * The {@code kind} of thing two rules derive from the note the same way, made by {@code make} for
     * the first of them and kept for the others (the Latin words the catalog rules scan, say). The
     * context belongs to the thread checking its note, so no lock is needed.
     */
    public <T> T shared(Class<T> kind, Function<CheckContext, T> make) {
        Object known = shared.get(kind);
        if (known == null) {
            known = make.apply(this);
            shared.put(kind, known);
        }
        return kind.cast(known);
    }

    public Note note() {
        return note;
    }

    /** The English original aligned with the sections, or null when the check was given none. */
    public TranscriptAlignment transcript() {
        return transcript;
    }

    /** The names the run's other notes write; none outside a run over several notes. */
    public OtherNotes otherNotes() {
        return otherNotes;
    }

    public Alignment alignment() {
        return alignment;
    }

    public Glossary glossary() {
        return glossary;
    }

    /** Glossary matches in the note's prose, by start then longest first. */
    public List<GlossaryMatch> matches() {
        return matches;
    }

    public boolean isProse(int offset) {
        return prose.get(offset);
    }

    /** Every English term occurrence the extractor found (quotes excluded). */
    public List<TermOccurrence> terms() {
        return alignment.extraction().terms();
    }

    public Span span(int start, int end) {
        return note.source().span(start, end);
    }

    public Excerpt location(int start, int end) {
        return new Excerpt(note.text().substring(start, end), span(start, end));
    }

    public Excerpt location(Span span) {
        return new Excerpt(note.source().cut(span), span);
    }
}
