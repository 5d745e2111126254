package io.bitext.align;

import java.util.List;

/**
 * One English term of a section with its rendering: a row of the section's two-column table.
 *
 * @param english   the term's usual form in the note (lemma form: {@code scale-up run})
 * @param rendering its Chinese rendering, or for an abbreviation pair the other form; null when none
 * @param source    whether the rendering is given here, inherited from elsewhere in the note, or absent
 * @param kind      {@code pair}, {@code abbreviation}, {@code expansion} or {@code bare}: how the section uses it
 * @param count     how many times the section uses the term
 * @param places    where, in source order
 * @param renderingPlaces where the section writes the rendering, when it gives one
 */
public record AlignedTerm(String english, String rendering, RenderingSource source, String kind, int count,
                          List<Place> places, List<Place> renderingPlaces) {

    public AlignedTerm {
        places = List.copyOf(places);
        renderingPlaces = List.copyOf(renderingPlaces);
    }
}
