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
import io.bitext.note.BlockKind;
import io.bitext.note.Note;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code structure.empty-section}: a section heading with nothing under it. */
public final class EmptySectionRule extends BaseRule {
    public EmptySectionRule() {
        super("structure.empty-section", Category.STRUCTURE, Severity.WARNING, 180, "A section with no content.", "empty section",
                Example.incorrect("## 全文\n### 一\n**A**：甲\n### 四\n", "四"),
                Example.correct("## 全文\n### 一\n**A**：甲\n"),
                Example.correct("## 全文\n### 一\n**A**：甲\n### 命令\n```shell\nclaude mcp list\n```\n"));
    }

    /**
     * A fenced code block or a table counts as content even when no prose block stands under the
     * heading. {@code headings} holds the offsets of the note's headings in order: the next one is found
     * by a binary search, so that a note of thousands of empty sections is not walked once per section.
     */
    private static boolean nothingBelow(Note note, Section s, int[] headings) {
        int at = s.heading().span().end();
        int next = Arrays.binarySearch(headings, at);
        next = next >= 0 ? next : -next - 1;
        int to = next < headings.length ? headings[next] : note.text().length();
        return note.text().substring(Math.min(at, to), to).isBlank();
    }

    @Override
    public void check(CheckContext context, Findings findings) {
        Note note = context.note();
        int[] headings = note.blocks().stream().filter(b -> b.kind() == BlockKind.HEADING)
                .mapToInt(b -> b.span().offset()).sorted().toArray();
        for (Section s : note.sections()) {
            if (s.blocks().isEmpty() && nothingBelow(note, s, headings)) {
                findings.report(context.location(s.heading().text()), "section " + s.index() + " has no content", List.of(), List.of());
            }
        }
    }
}
