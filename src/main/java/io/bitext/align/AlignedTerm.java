package io.bitext.align;

import io.bitext.term.TermPattern;
import io.bitext.note.Excerpt;
import java.util.List;

/**
 * One English term of a section with its rendering: a row of the section's two-column table.
 *
 * @param english   the term's usual form in the note (lemma form: {@code scale-up run})
 * @param rendering its Chinese rendering, or for an abbreviation pair the other form; null when none
 * @param source    whether the rendering is given here, inherited from elsewhere in the note, or absent
 * @param pattern   how the section gives it: a translation, an abbreviation, an expansion, or bare
 * @param count     how many times the section uses the term
 * @param places    where, in source order
 * @param renderingPlaces where the section writes the rendering, when it gives one
 */
public record AlignedTerm(String english, String rendering, RenderingSource source, TermPattern pattern, int count,
                          List<Excerpt> places, List<Excerpt> renderingPlaces) {

    public AlignedTerm {
        places = List.copyOf(places);
        renderingPlaces = List.copyOf(renderingPlaces);
    }
}
