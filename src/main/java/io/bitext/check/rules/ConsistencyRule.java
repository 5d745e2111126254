package io.bitext.check.rules;

import io.bitext.check.Category;
import io.bitext.check.CheckContext;
import io.bitext.check.Example;
import io.bitext.check.Findings;
import io.bitext.check.Replacement;
import io.bitext.check.Severity;
import io.bitext.glossary.Entry;
import io.bitext.glossary.Glossary;
import io.bitext.glossary.Status;
import io.bitext.note.Excerpt;
import io.bitext.note.Span;
import io.bitext.term.TermOccurrence;
import io.bitext.term.TermPattern;
import io.bitext.text.TermKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The note against itself: one term given two things where it should give one. Four rules share the
 * shape: group the occurrences of a term, find the majority (or the glossary's preferred form), report
 * each minority occurrence with the majority's places as evidence. Each rule says what it groups, what
 * it compares and where it points.
 */
abstract class ConsistencyRule extends BaseRule {
    /** Places of the majority given as evidence with each finding. */
    private static final int EVIDENCE = 6;

    ConsistencyRule(String id, int priority, String description, String shortMessage, Example... examples) {
        super(id, Category.CONSISTENCY, Severity.WARNING, priority, description, shortMessage, examples);
    }

    /** Whether the occurrence takes part in the comparison. */
    abstract boolean includes(TermOccurrence o, Glossary glossary);

    /** What occurrences of one term share. */
    abstract String group(TermOccurrence o);

    /** What should be the same within a group. */
    abstract String value(TermOccurrence o);

    /** Where a finding on the occurrence points. */
    abstract Span where(TermOccurrence o);

    /** The sentence after "the note ", for an occurrence whose value is the minority's. */
    abstract String describe(TermOccurrence o, String subject, String minority, String winner);

    /** The glossary's value for a group, which wins when the note uses it; null when it has none. */
    String preferred(Glossary glossary, String group) {
        return null;
    }

    /** A value the note itself spells as its maker does (in a command or code span), which outranks the majority; null when none. */
    String ownSpelling(CheckContext context, java.util.Set<String> values) {
        return null;
    }

    /** Whether a minority value is no slip at all beside the winner. */
    boolean acceptable(String minority, String winner) {
        return false;
    }

    /** The fix offered for a minority occurrence. */
    List<Replacement> suggest(TermOccurrence o, String winner, String fromGlossary) {
        return List.of(Replacement.review(winner));
    }

    @Override
    public void check(CheckContext context, Findings findings) {
        Glossary glossary = context.glossary();
        Map<String, List<TermOccurrence>> groups = new LinkedHashMap<>();
        for (TermOccurrence o : context.alignment().extraction().occurrences()) {
            if (includes(o, glossary) && (o.confidence() >= io.bitext.align.DocumentTerm.Rendering.TRUSTED || !o.hasChineseRendering())) {
                groups.computeIfAbsent(group(o), k -> new ArrayList<>()).add(o);
            }
        }
        for (Map.Entry<String, List<TermOccurrence>> group : groups.entrySet()) {
            Majority majority = new Majority(group.getValue(), this::value);
            if (!majority.divided()) {
                continue;
            }
            String fromGlossary = preferred(glossary, group.getKey());
            String owners = ownSpelling(context, majority.groups.keySet());
            String winner = fromGlossary != null && majority.groups.containsKey(fromGlossary) ? fromGlossary
                    : owners != null ? owners : majority.winner();
            // a few places make the case; all of them would make a note twice as long cost four times as much
            List<Excerpt> evidence = majority.groups.get(winner).stream().limit(EVIDENCE).map(o -> context.location(where(o))).toList();
            String subject = group.getValue().get(0).normalized();
            for (Map.Entry<String, List<TermOccurrence>> minority : majority.groups.entrySet()) {
                if (minority.getKey().equals(winner) || acceptable(minority.getKey(), winner)) {
                    continue;
                }
                for (TermOccurrence o : minority.getValue()) {
                    findings.report(context.location(where(o)), "the note " + describe(o, subject, minority.getKey(), winner), evidence,
                            suggest(o, winner, fromGlossary));
                }
            }
        }
    }

    static boolean isForbidden(Glossary glossary, String form) {
        Entry entry = glossary.byEnglish(form);
        if (entry == null) {
            return false;
        }
        for (Entry.Form f : entry.forms()) {
            if (f.status() == Status.FORBIDDEN && f.text().equals(form)) {
                return true;
            }
        }
        return false;
    }

    static String key(String english) {
        return TermKey.of(english);
    }

    static boolean isAbbreviationPair(TermOccurrence o) {
        return o.pattern() == TermPattern.ABBREVIATION || o.pattern() == TermPattern.EXPANSION;
    }
}
