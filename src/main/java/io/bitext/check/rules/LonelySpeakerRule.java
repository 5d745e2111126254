package io.bitext.check.rules;

import io.bitext.check.Category;
import io.bitext.check.Example;
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

/** {@code structure.lonely-speaker}: a label used once, a near-miss of a label used often. */
public final class LonelySpeakerRule extends BaseRule {
    public LonelySpeakerRule() {
        super("structure.lonely-speaker", Category.STRUCTURE, Severity.WARNING, 190, "A speaker label used once that is a near-miss of another speaker's: likely misspelt.", "misspelt speaker label",
                Example.incorrect("## 全文\n### 一\n**Matt Turk**：a\n**Matt Turk**：b\n**Mat Turk**：c\n**Ann Lee**：d\n", "Mat Turk", "Matt Turk"),
                Example.correct("## 全文\n### 一\n**Matt Turk**：a\n**Matt Turk**：b\n**Ann Lee**：c\n"));
    }

    @Override
    public void check(CheckContext context, Findings findings) {
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
