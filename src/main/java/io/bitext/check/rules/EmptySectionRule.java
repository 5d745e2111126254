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

/** {@code structure.empty-section}: a section heading with nothing under it. */
public final class EmptySectionRule extends BaseRule {
    public EmptySectionRule() {
        super("structure.empty-section", Category.STRUCTURE, Severity.WARNING, 180, "A section with no content.", "empty section",
                Example.incorrect("## 全文\n### 一\n**A**：甲\n### 四\n", "四"),
                Example.correct("## 全文\n### 一\n**A**：甲\n"));
    }

    @Override
    public void check(CheckContext context, Findings findings) {
        for (Section s : context.note().sections()) {
            if (s.blocks().isEmpty()) {
                findings.report(context.location(s.heading().text()), "section " + s.index() + " has no content", List.of(), List.of());
            }
        }
    }
}
