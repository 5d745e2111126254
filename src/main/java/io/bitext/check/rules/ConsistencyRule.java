package io.bitext.check.rules;

import io.bitext.glossary.Glossary;
import io.bitext.text.TermKey;
import io.bitext.check.Category;
import io.bitext.check.CheckContext;
import io.bitext.check.Findings;
import io.bitext.note.Excerpt;
import io.bitext.check.Replacement;
import io.bitext.check.Severity;
import io.bitext.glossary.Entry;
import io.bitext.glossary.Status;
import io.bitext.note.Span;
import io.bitext.term.TermOccurrence;
import io.bitext.term.TermPattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The note against itself: one term given two things where it should give one. Four rules share the
 * shape: group the occurrences of a term, find the majority (or the glossary's preferred form), report
 * each minority occurrence with the majority's places as evidence.
 */
public final class ConsistencyRule extends BaseRule {
    /** Renderings whose boundary the extractor doubted are not held against the others. */
    private static final double SURE = 0.6;
    /** Places of the majority given as evidence with each finding. */
    private static final int EVIDENCE = 6;

    private enum Kind { RENDERING, GLOSS, SPELLING, EXPANSION }

    private final Kind kind;

    private ConsistencyRule(Kind kind, String id, String description) {
        super(id, Category.CONSISTENCY, Severity.WARNING, description);
        this.kind = kind;
    }

    public static ConsistencyRule rendering() {
        return new ConsistencyRule(Kind.RENDERING, "term.inconsistent-rendering",
                "One English term given two different Chinese renderings in the note.");
    }

    public static ConsistencyRule gloss() {
        return new ConsistencyRule(Kind.GLOSS, "term.inconsistent-gloss",
                "One Chinese rendering glossed with two different English terms in the note.");
    }

    public static ConsistencyRule spelling() {
        return new ConsistencyRule(Kind.SPELLING, "term.inconsistent-spelling",
                "One term written in different spellings, case or hyphenation in the note.");
    }

    public static ConsistencyRule expansion() {
        return new ConsistencyRule(Kind.EXPANSION, "abbreviation.inconsistent-expansion",
                "One abbreviation spelled out two different ways in the note.");
    }

    @Override
    public void check(CheckContext context, Findings findings) {
        List<TermOccurrence> all = context.alignment().extraction().occurrences();
        Glossary lookup = context.glossary();
        switch (kind) {
            case RENDERING -> compare(context, findings, all, TermOccurrence::hasChineseRendering,
                    o -> TermKey.of(o.normalized()), TermOccurrence::rendering, TermOccurrence::renderingSpan,
                    key -> chinesePreferred(lookup, key), "renders %s as ‘%s’ here but ‘%s’ elsewhere");
            case GLOSS -> compare(context, findings, all, TermOccurrence::hasChineseRendering,
                    TermOccurrence::rendering, o -> TermKey.of(o.normalized()), TermOccurrence::englishSpan,
                    key -> null, "glosses ‘%s’ as %s here but as %s elsewhere");
            case SPELLING -> compare(context, findings, all, o -> o.isTerm() && !isForbidden(lookup, o.normalized()),
                    o -> TermKey.of(o.normalized()), TermOccurrence::normalized, TermOccurrence::englishSpan,
                    key -> englishPreferred(lookup, key), "writes %s as ‘%s’ here but ‘%s’ elsewhere");
            case EXPANSION -> compare(context, findings, all, o -> o.pattern() == TermPattern.ABBREVIATION || o.pattern() == TermPattern.EXPANSION,
                    o -> TermKey.of(shortForm(o)), o -> longForm(o), o -> o.pattern() == TermPattern.EXPANSION ? o.renderingSpan() : o.englishSpan(),
                    key -> null, "spells out %s as ‘%s’ here but ‘%s’ elsewhere");
        }
    }

    private static String shortForm(TermOccurrence o) {
        return o.pattern() == TermPattern.EXPANSION ? o.english() : o.rendering();
    }

    private static String longForm(TermOccurrence o) {
        return o.pattern() == TermPattern.EXPANSION ? o.rendering() : o.english();
    }

    private static boolean isForbidden(Glossary lookup, String form) {
        Entry entry = lookup.byEnglish(form);
        return entry != null && entry.forms().stream().anyMatch(f -> f.status() == Status.FORBIDDEN && f.text().equals(form));
    }

    private static String chinesePreferred(Glossary lookup, String key) {
        Entry entry = lookup.byEnglish(key);
        return entry == null || entry.zh().isEmpty() ? null : entry.zh();
    }

    private static String englishPreferred(Glossary lookup, String key) {
        Entry entry = lookup.byEnglish(key);
        return entry == null ? null : GlossaryLookup.preferredEnglish(entry);
    }

    private void compare(CheckContext context, Findings findings, List<TermOccurrence> all, Predicate<TermOccurrence> which,
                         Function<TermOccurrence, String> groupBy, Function<TermOccurrence, String> value,
                         Function<TermOccurrence, Span> where, Function<String, String> preferred, String message) {
        Map<String, List<TermOccurrence>> groups = new LinkedHashMap<>();
        for (TermOccurrence o : all) {
            if (which.test(o) && (o.confidence() >= SURE || !o.hasChineseRendering())) {
                groups.computeIfAbsent(groupBy.apply(o), k -> new ArrayList<>()).add(o);
            }
        }
        for (Map.Entry<String, List<TermOccurrence>> group : groups.entrySet()) {
            Majority majority = new Majority(group.getValue(), value);
            if (!majority.divided()) {
                continue;
            }
            String glossary = preferred.apply(group.getKey());
            String winner = glossary != null && majority.groups.containsKey(glossary) ? glossary : majority.winner();
            // a few places make the case; all of them would make a note twice as long cost four times as much
            List<Excerpt> evidence = majority.groups.get(winner).stream().limit(EVIDENCE).map(o -> context.location(where.apply(o))).toList();
            String subject = group.getValue().get(0).normalized();
            for (Map.Entry<String, List<TermOccurrence>> minority : majority.groups.entrySet()) {
                if (minority.getKey().equals(winner) || kind == Kind.SPELLING && TermKey.onlyInitialsDiffer(minority.getKey(), winner)) {
                    continue; // Agentic Inference in a heading, agentic inference in a sentence: title case, not a slip
                }
                for (TermOccurrence o : minority.getValue()) {
                    String what = kind == Kind.GLOSS ? String.format(message, o.rendering(), o.normalized(), winner)
                            : String.format(message, subject, minority.getKey(), winner);
                    boolean safe = kind == Kind.SPELLING && glossary != null && winner.equals(glossary)
                            && o.english().equals(o.normalized()); // a plural written as such keeps its ending: review
                    findings.report(context.location(where.apply(o)), "the note " + what, evidence,
                            kind == Kind.GLOSS ? List.of() : List.of(new Replacement(winner, safe)));
                }
            }
        }
    }
}
