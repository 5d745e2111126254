package io.bitext.align;

import java.util.List;

/**
 * A term across the whole note: every rendering it is given, each with its count and places, and
 * every form it is written in. Two renderings, or two spellings, are what the checker looks at.
 *
 * @param english    the term's usual form
 * @param forms      every spelling the note uses ({@code pre-training}, {@code Pretrain}), most used first
 * @param renderings the renderings the note gives, most used first
 * @param count      all uses, glossed or bare
 * @param sections   the sections (by index; 0 for the cover and summary) that use it
 */
public record DocumentTerm(String english, List<Form> forms, List<Rendering> renderings, int count,
                           List<Integer> sections) {

    public DocumentTerm {
        forms = List.copyOf(forms);
        renderings = List.copyOf(renderings);
        sections = List.copyOf(sections);
    }

    /** The most used rendering, or null. */
    public String preferredRendering() {
        return renderings.isEmpty() ? null : renderings.get(0).text();
    }

    /** One spelling of a term and where it stands. */
    public record Form(String text, int count, List<Place> places) {
        public Form {
            places = List.copyOf(places);
        }
    }

    /**
     * One rendering of a term and where the note gives it (the English side's place); confidence is
     * the extractor's best for this pairing, so that a reader can discount a doubtful boundary.
     */
    public record Rendering(String text, String kind, int count, double confidence, List<Place> places) {
        public Rendering {
            places = List.copyOf(places);
        }
    }
}
