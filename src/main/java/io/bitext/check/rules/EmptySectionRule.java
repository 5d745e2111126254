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

    /** A fenced code block or a table counts as content even when no prose block stands under the heading. */
    private static boolean nothingBelow(Note note, Section s) {
        int at = s.heading().span().end();
        int to = note.text().length();
        for (Block block : note.blocks()) {
            if (block.span().offset() >= at && block.kind() == BlockKind.HEADING) {
                to = block.span().offset();
                break;
            }
        }
        return note.text().substring(Math.min(at, to), to).isBlank();
    }

    @Override
    public void check(CheckContext context, Findings findings) {
        for (Section s : context.note().sections()) {
            if (s.blocks().isEmpty() && nothingBelow(context.note(), s)) {
                findings.report(context.location(s.heading().text()), "section " + s.index() + " has no content", List.of(), List.of());
            }
        }
    }
}
