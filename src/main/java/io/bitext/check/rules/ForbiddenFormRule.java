package io.bitext.check.rules;

import io.bitext.text.TermKey;
import io.bitext.check.Category;
import io.bitext.check.Example;
import io.bitext.check.CheckContext;
import io.bitext.check.Confidence;
import io.bitext.check.Evidence;
import io.bitext.check.Findings;
import io.bitext.note.Excerpt;
import io.bitext.check.Replacement;
import io.bitext.check.Severity;
import io.bitext.glossary.Entry;
import io.bitext.glossary.GlossaryMatch;
import io.bitext.glossary.Status;
import io.bitext.glossary.TermType;
import io.bitext.note.Span;
import io.bitext.term.NonGloss;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A form the glossary forbids. Two rules share the detection and split the cases: a house-style slip
 * ({@code O3} for {@code o3}, {@code CodeX} for {@code Codex}, {@code Pretrain} for
 * {@code pre-training}: the same word written another way) is {@code glossary.forbidden}; any other
 * listed wrong form ({@code DQL}, {@code Jared Faraic}, {@code ChatGPT-5}) is a known mishearing or
 * misnaming, {@code asr.known-variant}: {@link HouseStyleRule} and {@link KnownVariantRule}. Chinese forbidden renderings count only where the term is in play.
 */
abstract class ForbiddenFormRule extends BaseRule {
    /** How often a wrong form the glossary lists is wrong where it stands. */
    private static final double LISTED = 0.9;
    /** A house-style slip is the same word written another way: the glossary settles it. */
    private static final double HOUSE_STYLE = 0.95;
    /** A forbidden Chinese rendering with its English term on the same line, and without. */
    private static final double RENDERING_NEAR_TERM = 0.65;
    private static final double RENDERING_ALONE = 0.4;
    private final boolean mishearings;

    ForbiddenFormRule(boolean mishearings, String id, Category category, int priority, String description, String shortMessage,
                      Example... examples) {
        super(id, category, Severity.ERROR, priority, description, shortMessage, examples);
        this.mishearings = mishearings;
    }

    @Override
    public void check(CheckContext context, Findings findings) {
        List<Span> remarks = context.alignment().extraction().nonGlosses().stream()
                .filter(n -> n.kind() == NonGloss.Kind.ASR_NOTE).map(NonGloss::span).toList();
        java.util.Set<String> accepted = new java.util.HashSet<>();
        for (GlossaryMatch m : context.matches()) {
            if (m.form().status() != Status.FORBIDDEN) {
                accepted.add(m.start() + ":" + m.end() + ":" + m.entry().id());
            }
        }
        for (GlossaryMatch m : context.matches()) {
            if (m.form().status() != Status.FORBIDDEN || remarks.stream().anyMatch(r -> r.contains(m.start()))
                    || !m.exact() && accepted.contains(m.start() + ":" + m.end() + ":" + m.entry().id())) {
                continue; // the note's own remark (ASR 原文作 DQL) documents a mishearing; "reward model" is not "Reward Model"
            }
            Entry entry = m.entry();
            Excerpt at = context.location(m.start(), m.end());
            if (!m.form().english()) {
                if (!mishearings) {
                    chinese(context, findings, m, at);
                }
                continue;
            }
            String preferred = GlossaryLookup.preferredEnglish(entry);
            boolean sameWord = GlossaryLookup.isAcceptedEnglish(entry, m.text()) || TermKey.of(m.text()).startsWith(TermKey.of(preferred))
                    || TermKey.of(preferred).startsWith(TermKey.of(m.text()));
            if (sameWord == mishearings || preferred.isEmpty()) {
                continue;
            }
            boolean safe = entry.type() != TermType.PERSON;
            String message = mishearings
                    ? "‘" + m.text() + "’ is a known wrong form of " + preferred + describe(entry)
                    : "‘" + m.text() + "’ is not the house style: write ‘" + preferred + "’" + describe(entry);
            List<Evidence> evidence = new ArrayList<>(List.of(Evidence.catalog(entry, preferred)));
            double confidence = mishearings ? mishearing(context, m, preferred, evidence) : HOUSE_STYLE;
            findings.report(at, message, evidence, confidence, List.of(new Replacement(preferred, safe)));
        }
    }

    /**
     * A listed wrong form is wrong nine times in ten; the English original saying the right form
     * makes it surer, saying the listed form itself (a real name that sounds alike) all but clears it,
     * and an ordinary English word may be meant as written.
     */
    private static double mishearing(CheckContext context, GlossaryMatch m, String preferred, List<Evidence> evidence) {
        Optional<Evidence.Original> right = Signals.original(context, m.start(), preferred);
        Optional<Evidence.Original> written = right.isPresent() ? Optional.empty() : Signals.original(context, m.start(), m.text());
        boolean common = Signals.common(m.text());
        right.ifPresent(evidence::add);
        written.ifPresent(evidence::add);
        if (common) {
            evidence.add(Signals.word(m.text()));
        }
        return Confidence.prior(LISTED).add(right.isPresent(), Signals.ORIGINAL_AGREES)
                .add(written.isPresent(), Signals.ORIGINAL_DISAGREES).add(common, -1.0).value();
    }

    private static String describe(Entry entry) {
        return entry.note().isEmpty() ? "" : " (" + entry.note() + ")";
    }

    /** 政策 is wrong for policy only where the note is talking about the policy: the term glossed or used nearby. */
    private static void chinese(CheckContext context, Findings findings, GlossaryMatch m, Excerpt at) {
        Entry entry = m.entry();
        boolean glossedHere = context.alignment().extraction().pairs().stream()
                .anyMatch(o -> o.renderingSpan() != null && o.renderingSpan().offset() == m.start() && o.rendering().equals(m.text())
                        && GlossaryLookup.isEnglishForm(entry, o.normalized()));
        if (glossedHere || entry.zh().isEmpty()) {
            return; // the rendering rule reports a glossed one with its English beside it
        }
        int line = at.line();
        boolean termNearby = context.matches().stream().anyMatch(other -> other.entry() == entry && other.form().english()
                && context.span(other.start(), other.end()).line() == line);
        findings.report(at, "‘" + m.text() + "’ is a rendering the glossary avoids for " + GlossaryLookup.preferredEnglish(entry)
                        + "; it prefers ‘" + entry.zh() + "’", List.of(Evidence.catalog(entry, entry.zh())),
                termNearby ? RENDERING_NEAR_TERM : RENDERING_ALONE, List.of(Replacement.review(entry.zh())));
    }
}
