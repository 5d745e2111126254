package io.bitext.html;

import io.bitext.check.Finding;
import io.bitext.note.Excerpt;
import io.bitext.check.Replacement;
import io.bitext.note.Block;
import io.bitext.note.Note;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The findings of one note, numbered 1… in the check's order: each finding's marks in the text, the
 * block it stands in, and its card (message, quoted text, suggestion, evidence, {@code file:line}).
 * The card carries its severity, rule and section as data attributes, which the page's filters read.
 */
final class Cards {
    private final List<Finding> findings;
    private final String path;
    private final String fileUri;
    /** Each block's marks (by the block its place starts in), so that writing a block looks at its own only. */
    private final Map<Integer, List<NoteText.Mark>> marksByBlock = new HashMap<>();
    private final Map<Integer, List<Integer>> byBlock = new HashMap<>();
    private final List<Integer> outside = new ArrayList<>();

    /**
     * @param path    the note as the check names it ({@code seeds/000.txt}), shown as {@code path:line:col}
     * @param fileUri the note's {@code file:} address, or null
     */
    Cards(Note note, List<Finding> findings, String path, String fileUri) {
        this.findings = List.copyOf(findings);
        this.path = path;
        this.fileUri = fileUri;
        List<Block> blocks = note.blocks();
        for (int i = 0; i < this.findings.size(); i++) {
            Finding f = this.findings.get(i);
            int id = i + 1;
            String title = f.severity().label() + ": " + f.message();
            for (Excerpt at : f.places()) {
                Block in = blockAt(blocks, at.offset());
                if (in != null) {
                    // an empty place (a missing character) is marked on the character it stands before
                    marksByBlock.computeIfAbsent(in.index(), k -> new ArrayList<>()).add(new NoteText.Mark(at.offset(),
                            Math.max(at.end(), at.offset() + 1), id, f.severity().label(), at == f.location(), title));
                }
            }
            Block block = blockAt(blocks, f.location().offset());
            if (block == null) {
                outside.add(id);
            } else {
                byBlock.computeIfAbsent(block.index(), k -> new ArrayList<>()).add(id);
            }
        }
    }

    /** The block whose span holds {@code offset}: blocks are in source order and do not overlap. */
    private static Block blockAt(List<Block> blocks, int offset) {
        int low = 0;
        int high = blocks.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Block block = blocks.get(middle);
            if (offset < block.span().offset()) {
                high = middle - 1;
            } else if (offset >= block.span().end()) {
                low = middle + 1;
            } else {
                return block;
            }
        }
        return null;
    }

    /** The marks of {@code block} that overlap [from, to). */
    List<NoteText.Mark> marksWithin(Block block, int from, int to) {
        return marksByBlock.getOrDefault(block.index(), List.of()).stream().filter(m -> m.start() < to && m.end() > from).toList();
    }

    /** How many findings stand in each section (0: outside the sections). */
    Map<Integer, Integer> bySection() {
        Map<Integer, Integer> counts = new HashMap<>();
        findings.forEach(f -> counts.merge(f.section(), 1, Integer::sum));
        return counts;
    }

    /** The findings standing in a block, by number. */
    List<Integer> inBlock(Block block) {
        return byBlock.getOrDefault(block.index(), List.of());
    }

    /** The findings outside every block (front matter, blank lines). */
    List<Integer> outsideBlocks() {
        return outside;
    }

    Finding finding(int id) {
        return findings.get(id - 1);
    }

    int size() {
        return findings.size();
    }

    /** The cards of {@code ids}; {@code shown} are those whose place the text above marked. */
    void write(Html out, List<Integer> ids, Collection<Integer> shown) {
        if (ids.isEmpty()) {
            return;
        }
        out.open("ol", "class", "cards");
        for (int id : ids) {
            card(out, id, shown.contains(id));
        }
        out.close("ol");
    }

    private void card(Html out, int id, boolean marked) {
        Finding f = finding(id);
        String severity = f.severity().label();
        out.open("li", "class", "finding " + severity, "id", "f" + id, "tabindex", "-1", "data-severity", severity,
                "data-rule", f.rule(), "data-section", String.valueOf(f.section()));
        out.open("p", "class", "head");
        out.element("span", String.valueOf(id), "class", "num");
        out.element("span", severity, "class", "sev");
        out.element("code", f.rule(), "class", "rule");
        out.element("a", path + ":" + f.location().position(), "class", "loc", "href", fileUri);
        if (marked) {
            out.element("a", "↑ in the text", "class", "back", "href", "#m" + id);
        }
        out.close("p");
        out.element("p", f.message(), "class", "msg");
        if (!f.location().text().isBlank()) {
            out.open("p", "class", "quote").raw("at ").element("q", f.location().text()).close("p");
        }
        if (!f.replacements().isEmpty()) {
            out.open("p", "class", "fix").raw("suggestion: ");
            for (int i = 0; i < f.replacements().size(); i++) {
                Replacement r = f.replacements().get(i);
                out.raw(i == 0 ? "" : " or ").element("q", r.text()).raw(r.safe() ? " <small>(safe: bitext fix applies it)</small>" : "");
            }
            out.close("p");
        }
        if (!f.also().isEmpty()) {
            out.element("p", "also at " + f.also().stream().map(Excerpt::position).collect(Collectors.joining(", ")), "class", "also");
        }
        if (!f.evidence().isEmpty()) {
            out.element("p", "evidence: " + f.evidence().stream().map(io.bitext.check.Evidence::summary).distinct()
                    .limit(8).collect(Collectors.joining("; ")), "class", "evidence");
        }
        out.close("li");
    }
}
