package io.bitext.check.rules;

import io.bitext.check.CheckContext;
import io.bitext.check.Confidence;
import io.bitext.check.Evidence;
import io.bitext.check.Findings;
import io.bitext.check.Replacement;
import io.bitext.glossary.Entry;
import io.bitext.note.Block;
import io.bitext.note.BlockKind;
import io.bitext.note.Excerpt;
import io.bitext.text.Similarity;
import io.bitext.text.WholeWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reports a name written close to a catalog name ({@code Andrej Karpaty} for Andrej Karpathy) with
 * what it rests on and how sure it is: one edit rather than two, the same sound, the entry's
 * organisation or family named elsewhere in the note, and the English original, which settles it
 * either way; a written form made of ordinary words may be meant as written. The rule keeps only the
 * closest name, so the fix is safe only when the original confirms that one.
 */
final class NameEvidence {
    private static final double PRIOR = 0.5;
    private static final double ONE_EDIT = 0.6;
    private static final double SOUNDS_ALIKE = 0.6;
    private static final double SOUNDS_OTHER = -0.4;
    private static final double COMMON_WORDS = -0.7;
    /** The note writes the proposed name itself (its title, cover or another sentence): it means that name. */
    private static final double ESTABLISHED = 1.5;
    /**
     * Every word but one written as the name writes it, the one further off than an edit
     * ({@code Hugging Phase}): one word misheard, which the letters alone undersell.
     */
    private static final double ONE_WORD_OFF = 0.6;

    private NameEvidence() {
    }

    static void report(CheckContext context, Findings findings, Excerpt at, String written, String name, Entry entry) {
        List<Evidence> evidence = new ArrayList<>(List.of(Evidence.catalog(entry, name)));
        List<Evidence> nearby = Signals.context(context, entry, at.offset(), at.end());
        evidence.addAll(nearby);
        Optional<Evidence.Original> agrees = Signals.original(context, at.offset(), name);
        Optional<Evidence.Original> disagrees = agrees.isPresent() ? Optional.empty() : Signals.original(context, at.offset(), written);
        agrees.ifPresent(evidence::add);
        disagrees.ifPresent(evidence::add);
        Optional<Evidence> established = established(context, name, at);
        established.ifPresent(evidence::add);
        boolean common = java.util.Arrays.stream(written.split(" ")).anyMatch(w -> Signals.common(w));
        if (common) {
            evidence.add(Signals.word(written));
        }
        boolean sounds = Similarity.soundAlike(written, name);
        double confidence = Confidence.prior(PRIOR).add(Similarity.distance(written, name) == 1, ONE_EDIT)
                .add(sounds, SOUNDS_ALIKE).add(!sounds, SOUNDS_OTHER).add(true, Signals.CONTEXT * nearby.size())
                .add(common, COMMON_WORDS).add(established.isPresent(), ESTABLISHED)
                .add(oneWordOff(written, name) && Similarity.distance(written, name) > 1, ONE_WORD_OFF).add(agrees.isPresent(), Signals.ORIGINAL_AGREES)
                .add(disagrees.isPresent(), Signals.ORIGINAL_DISAGREES).value();
        String original = agrees.map(said -> "; the English original writes it so" + Signals.where(said)).orElse("");
        findings.report(at, "‘" + written + "’ looks like a misspelling of " + name
                + (entry.note().isEmpty() ? "" : " (" + entry.note() + ")") + original, evidence, confidence,
                List.of(new Replacement(name, agrees.isPresent())));
    }

    /** Where the note itself writes {@code name} as it should be written, outside the finding's own place. */
    private static Optional<Evidence> established(CheckContext context, String name, Excerpt at) {
        String text = context.note().text();
        for (int i = WholeWords.indexOf(text, name, 0); i >= 0; i = WholeWords.indexOf(text, name, i + 1)) {
            if (i + name.length() <= at.offset() || i >= at.end()) {
                return Optional.of(Evidence.place(role(context, i), context.location(i, i + name.length())));
            }
        }
        return Optional.empty();
    }

    /** Title, cover or front matter where the place is in one of them, else another occurrence. */
    private static Evidence.Role role(CheckContext context, int offset) {
        var front = context.note().frontMatter();
        if (front != null && front.span().contains(offset)) {
            return Evidence.Role.FRONT_MATTER;
        }
        for (Block block : context.note().blocks()) {
            if (block.span().contains(offset)) {
                return block.isTitleEntry() ? Evidence.Role.TITLE
                        : block.kind() == BlockKind.COVER_ENTRY ? Evidence.Role.COVER : Evidence.Role.OCCURRENCE;
            }
        }
        return Evidence.Role.OCCURRENCE;
    }

    private static boolean oneWordOff(String written, String name) {
        String[] w = written.split(" ");
        String[] n = name.split(" ");
        if (w.length != n.length || w.length < 2) {
            return false;
        }
        int off = 0;
        for (int i = 0; i < w.length; i++) {
            off += w[i].equals(n[i]) ? 0 : 1;
        }
        return off == 1;
    }
}
