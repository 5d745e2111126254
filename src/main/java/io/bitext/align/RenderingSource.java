package io.bitext.align;

/** Where the rendering shown for a term in a section comes from. */
public enum RenderingSource {
    /** The section itself glosses the term: {@code reasoning（推理）}. */
    GIVEN,
    /** The section uses the term bare; the note glosses it elsewhere, and that rendering is shown. */
    INHERITED,
    /** Nowhere in the note is the term glossed. */
    NONE
}
