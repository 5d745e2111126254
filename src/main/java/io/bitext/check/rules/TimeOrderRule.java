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

/** {@code structure.time-order}: time ranges that run backwards or start before the previous section ends. */
public final class TimeOrderRule extends BaseRule {
    public TimeOrderRule() {
        super("structure.time-order", Category.STRUCTURE, Severity.WARNING, 170, "A section time range that ends before it starts, or starts before the previous one ends.", "time ranges out of order",
                Example.incorrect("## 全文\n### 一（00:05:00 - 00:04:00）\n**A**：甲\n", "（00:05:00 - 00:04:00）"),
                Example.correct("## 全文\n### 一（00:00:00 - 00:02:00）\n**A**：甲\n### 二（00:02:00 - 00:03:00）\n**A**：乙\n"),
                Example.correct("## 全文\n### 一（00:00:00 - 00:02:05）\n**A**：甲\n### 二（00:02:00 - 00:03:00）\n**A**：乙\n"),
                Example.incorrect("## 全文\n### 一（00:00:00 - 00:05:00）\n**A**：甲\n### 二（00:01:00 - 00:02:00）\n**A**：乙\n", "（00:01:00 - 00:02:00）"));
    }

    /** Sections cut from a recording overlap by a few seconds; a range this much earlier is a real slip. */
    static final int OVERLAP_SECONDS = 15;

    /** Out of order, nested in the previous range, or overlapping it by more than a cut's few seconds. */
    static boolean outOfStep(TimeRange previous, TimeRange range) {
        return range.startSeconds() < previous.startSeconds() || range.endSeconds() <= previous.endSeconds()
                || previous.endSeconds() - range.startSeconds() > OVERLAP_SECONDS;
    }

    @Override
    public void check(CheckContext context, Findings findings) {
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
            } else if (previous != null && outOfStep(previous, range)) {
                findings.report(at, "section " + s.index() + " starts at " + TimeRange.format(range.startSeconds())
                        + ", before the previous section ends (" + TimeRange.format(previous.endSeconds()) + ")",
                        List.of(context.location(previous.span())), List.of());
            }
            previous = range;
        }
    }
}
