package io.bitext.note;

/** What a block of a note is. */
public enum BlockKind {
    /** A section or part heading; its text is the title without the time range. */
    HEADING,
    /** A run of prose lines. */
    PARAGRAPH,
    /** One item of a bullet or numbered list. */
    LIST_ITEM,
    /** {@code key：value} in the cover list; the key is the label. */
    COVER_ENTRY,
    /** {@code **Name**：text}: something a speaker said. */
    TURN,
    /** {@code **加粗要点**：text}: a line shaped like a turn whose label is not a speaker. */
    KEY_POINT,
    /** A {@code >} quotation. */
    QUOTE,
    /** Fenced or indented code, a table, HTML: kept, never translated. */
    VERBATIM
}
