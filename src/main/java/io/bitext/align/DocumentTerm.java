package io.bitext.align;

import io.bitext.term.TermPattern;
import io.bitext.note.Excerpt;
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
    public record Form(String text, int count, List<Excerpt> places) {
        public Form {
            places = List.copyOf(places);
        }
    }

    /**
     * One rendering of a term and where the note gives it (the English side's place); confidence is
     * the extractor's best for this pairing, so that a reader can discount a doubtful boundary.
     *
     * @param pattern how the note gives it: a translation ({@code EN_ZH}, {@code ZH_EN}), an
     *                abbreviation or an expansion
     */
    public record Rendering(String text, TermPattern pattern, int count, double confidence, List<Excerpt> places) {
        /** Below this confidence a pairing's Chinese boundary is too doubtful to compare or export. */
        public static final double TRUSTED = 0.6;

        public Rendering {
            places = List.copyOf(places);
        }

        /** Whether the rendering is Chinese for the English term, not an abbreviation or expansion of it. */
        public boolean isTranslation() {
            return pattern.isTranslation();
        }

        /** A translation whose boundary is sure enough for glossaries, TMX and the rules that compare renderings. */
        public boolean isTrusted() {
            return isTranslation() && confidence >= TRUSTED;
        }
    }
}
