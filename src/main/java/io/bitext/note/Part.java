package io.bitext.note;

import java.util.List;

/**
 * A top-level part of a note (an h2): the cover, the summary, the body with its sections.
 *
 * @param title    the heading text, or empty for the untitled part before the first heading
 * @param heading  the heading as a block, or null for the untitled part
 * @param span     from the heading to the next part
 * @param role     what the part is for, as recognised from its title and shape
 * @param blocks   blocks that stand directly under the part, before or between its sections
 * @param sections the part's sections, in order
 */
public record Part(String title, Block heading, Span span, PartRole role, List<Block> blocks,
                   List<Section> sections) {

    public Part {
        blocks = List.copyOf(blocks);
        sections = List.copyOf(sections);
    }
}
