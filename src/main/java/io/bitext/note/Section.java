package io.bitext.note;

import java.util.List;

/**
 * A section of a note: an h3 (or an h2 in a note without h3) with its blocks.
 *
 * @param index     position among all sections of the note, from 1, as the outline numbers them
 * @param title     the heading text less the time range: {@code 什么是 reasoning（推理）}
 * @param timeRange the range in the heading, or null when it has none (or a broken one)
 * @param heading   the heading as a block; its text span is the title
 * @param span      from the heading to the line before the next heading of the same or higher level
 * @param partTitle the title of the part (h2) the section belongs to, or null
 * @param blocks    the content blocks, heading excluded
 */
public record Section(int index, String title, TimeRange timeRange, Block heading, Span span,
                     String partTitle, List<Block> blocks) {

    public Section {
        blocks = List.copyOf(blocks);
    }

    public List<Block> turns() {
        return blocks.stream().filter(Block::isTurn).toList();
    }

    /** Distinct speaker labels in order of first appearance. */
    public List<String> speakers() {
        return turns().stream().map(Block::label).distinct().toList();
    }

    /** The section's heading and blocks, in source order. */
    public List<Block> allBlocks() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(heading), blocks.stream()).toList();
    }
}
