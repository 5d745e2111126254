package io.bitext.check.rules;

import io.bitext.check.Category;
import io.bitext.check.CheckContext;
import io.bitext.check.Findings;
import io.bitext.note.Excerpt;
import io.bitext.check.Replacement;
import io.bitext.check.Severity;
import io.bitext.text.Similarity;
import io.bitext.note.Block;
import io.bitext.note.Section;
import io.bitext.note.TimeRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The outline: time ranges in order, sections with content, speakers that appear more than once. */
public final class StructureRule extends BaseRule {
    private enum Kind { TIME, EMPTY, SPEAKER }

    private final Kind kind;

    private StructureRule(Kind kind, String id, Severity severity, String description) {
        super(id, Category.STRUCTURE, severity, description);
        this.kind = kind;
    }

    public static StructureRule timeOrder() {
        return new StructureRule(Kind.TIME, "structure.time-order", Severity.WARNING,
                "A section time range that ends before it starts, or starts before the previous one ends.");
    }

    public static StructureRule emptySection() {
        return new StructureRule(Kind.EMPTY, "structure.empty-section", Severity.WARNING, "A section with no content.");
    }

    public static StructureRule lonelySpeaker() {
        return new StructureRule(Kind.SPEAKER, "structure.lonely-speaker", Severity.WARNING,
                "A speaker label used once that is a near-miss of another speaker's: likely misspelt.");
    }

    @Override
    public void check(CheckContext context, Findings findings) {
        switch (kind) {
            case TIME -> times(context, findings);
            case EMPTY -> {
                for (Section s : context.note().sections()) {
                    if (s.blocks().isEmpty()) {
                        findings.report(context.location(s.heading().text()), "section " + s.index() + " has no content",
                                List.of(), List.of());
                    }
                }
            }
            case SPEAKER -> speakers(context, findings);
        }
    }

    private static void times(CheckContext context, Findings findings) {
        TimeRange previous = null;
        for (Section s : context.note().sections()) {
            TimeRange range = s.timeRange();
            if (range == null) {
                continue;
            }
            Excerpt at = context.location(range.span());
            if (!range.isOrdered()) {
                findings.report(at, "the range ends (" + TimeRange.format(range.endSeconds()) + ") before it starts ("
                        + TimeRange.format(range.startSeconds()) + ")", List.of(), List.of());
            } else if (previous != null && range.startSeconds() < previous.endSeconds()) {
                findings.report(at, "section " + s.index() + " starts at " + TimeRange.format(range.startSeconds())
                        + ", before the previous section ends (" + TimeRange.format(previous.endSeconds()) + ")",
                        List.of(context.location(previous.span())), List.of());
            }
            previous = range;
        }
    }

    private static void speakers(CheckContext context, Findings findings) {
        Map<String, List<Block>> turns = new LinkedHashMap<>();
        for (Block block : context.note().blocks()) {
            if (block.isTurn() && block.speaker() != null) {
                turns.computeIfAbsent(block.speaker().name(), k -> new ArrayList<>()).add(block);
            }
        }
        for (Map.Entry<String, List<Block>> once : turns.entrySet()) {
            if (once.getValue().size() != 1) {
                continue;
            }
            for (Map.Entry<String, List<Block>> other : turns.entrySet()) {
                String name = once.getKey();
                if (other.getValue().size() >= 2 && Similarity.distance(name, other.getKey()) <= Math.max(1, name.length() / 5)) {
                    Block block = once.getValue().get(0);
                    findings.report(context.location(block.speaker().nameSpan()), "‘" + name + "’ speaks once; "
                            + other.getKey() + " speaks " + other.getValue().size() + " times: a misspelt label?",
                            List.of(context.location(other.getValue().get(0).speaker().nameSpan())),
                            List.of(Replacement.review(other.getKey())));
                    break;
                }
            }
        }
    }
}
