package io.bitext.fix;

import io.bitext.check.CheckResult;
import io.bitext.check.Finding;
import io.bitext.note.Excerpt;
import io.bitext.check.Replacement;
import io.bitext.note.Note;
import io.bitext.note.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The safe replacements of a check, as edits on the note's text: only the findings' spans change, and
 * of two edits that overlap the first is kept. {@link #diff} shows the change as a unified diff.
 *
 * <pre>{@code
 * FixPlan plan = FixPlan.of(note, checker.check(note, config));
 * Files.write(path, plan.bytes());
 * }</pre>
 */
public record FixPlan(Note note, List<Edit> edits, String text) {

    public FixPlan {
        edits = List.copyOf(edits);
    }

    public static FixPlan of(Note note, CheckResult result) {
        List<Edit> candidates = new ArrayList<>();
        for (Finding f : result.findings()) {
            Replacement fix = f.safeFix();
            if (fix == null) {
                continue;
            }
            for (Excerpt at : f.places()) {
                candidates.add(new Edit(at.offset(), at.length(), fix.text(), f.rule()));
            }
        }
        candidates.sort(Comparator.comparingInt(Edit::offset).thenComparingInt(Edit::length));
        List<Edit> edits = new ArrayList<>();
        int end = -1;
        for (Edit e : candidates) {
            if (e.offset() >= end && !(e.length() == 0 && e.offset() == end && !edits.isEmpty() && edits.get(edits.size() - 1).length() == 0)) {
                edits.add(e);
                end = e.end();
            }
        }
        String source = note.text();
        StringBuilder fixed = new StringBuilder(source.length() + 16);
        int at = 0;
        for (Edit e : edits) {
            fixed.append(source, at, e.offset()).append(e.text());
            at = e.end();
        }
        fixed.append(source, at, source.length());
        return new FixPlan(note, edits, fixed.toString());
    }

    public boolean isEmpty() {
        return edits.isEmpty();
    }

    /** The fixed note in the note's own encoding (BOM and line ends as they were). */
    public byte[] bytes() {
        return note.encoding().encode(text);
    }

    /** A unified diff (no context lines) of the lines the edits touch. */
    public String diff(String path) {
        SourceText before = note.source();
        SourceText after = new SourceText(text);
        TreeSet<Integer> lines = new TreeSet<>();
        for (Edit e : edits) {
            for (int line = before.lineOf(e.offset()); line <= before.lineOf(Math.max(e.offset(), e.end() - 1)); line++) {
                lines.add(line);
            }
        }
        StringBuilder diff = new StringBuilder("--- a/" + path + "\n+++ b/" + path + "\n");
        int shift = 0;
        for (int line : lines) {
            diff.append("@@ -").append(line).append(",1 +").append(line + shift).append(",1 @@\n")
                    .append('-').append(before.lineText(line)).append('\n')
                    .append('+').append(after.lineText(line + shift)).append('\n');
        }
        return diff.toString();
    }
}
