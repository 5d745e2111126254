package io.bitext.xliff;

import java.util.List;

/**
 * One translatable block of a note as XLIFF carries it: its text cut into sentence segments, with
 * markup protected as codes, and the context a translator needs.
 *
 * @param id           stable id ({@code b23}: the block's index in the note; {@code b3-label} for its label)
 * @param block        the block's index
 * @param kind         heading, paragraph, turn, key point, list item, cover entry, quote; with
 *                     {@code -label} for a cover key or key-point label
 * @param offset       where the unit's text starts in the note
 * @param segments     the sentences, each a list of parts; rendered in order they give the block's text
 * @param section      the section's number (0 outside sections)
 * @param sectionTitle the section's (or part's) title
 * @param timeRange    the section's time range, or null
 * @param speaker      who speaks, for a turn; null otherwise
 */
public record Unit(String id, int block, String kind, int offset, List<List<Part>> segments, int section, String sectionTitle,
                   String timeRange, String speaker) {

    public Unit {
        segments = segments.stream().map(List::copyOf).toList();
    }

    /** Every code of the unit, in order. */
    public List<Code> codes() {
        return segments.stream().flatMap(List::stream).filter(p -> p instanceof Code).map(p -> (Code) p).toList();
    }

    /** Where the unit's text ends in the note. */
    public int end() {
        return offset + original().length();
    }

    /** Whether this is a cover key or key-point label rather than a block's text. */
    public boolean isLabel() {
        return id.endsWith("-label");
    }

    /** The unit's text exactly as the note has it. */
    public String original() {
        StringBuilder text = new StringBuilder();
        segments.forEach(segment -> segment.forEach(part -> text.append(Part.original(part))));
        return text.toString();
    }
}
