package io.bitext.html;

import io.bitext.align.SectionAlignment;
import io.bitext.note.Block;
import io.bitext.note.BlockKind;
import io.bitext.note.Note;
import io.bitext.note.Part;
import io.bitext.note.PartRole;
import io.bitext.note.Section;
import io.bitext.note.Span;
import io.bitext.report.TextReport;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of a note's page, in the note's order: the title and the check's summary line, the filter
 * bar, the contents, each part and section with its rows (中文 left, English right) and under each
 * row the cards of the findings that stand in it, then the glossary.
 */
final class NotePage {
    private final HtmlReport.Input input;
    private final Note note;
    private final Cards cards;
    private final EnglishSide english;
    private final Video video;
    private final Html out;
    /** Each section's alignment by its number, looked up once per section rather than searched. */
    private final java.util.Map<Integer, SectionAlignment> alignments = new java.util.HashMap<>();

    /** A page writing its body into {@code out}, which holds the page's head already. */
    NotePage(HtmlReport.Input input, Html out) {
        this.input = input;
        this.out = out;
        this.note = input.note();
        this.cards = new Cards(note, input.check().findings(), input.path(), input.fileUri());
        this.english = new EnglishSide(input);
        this.video = Video.of(note);
        input.alignment().sections().forEach(a -> alignments.putIfAbsent(a.index(), a));
    }

    void body() {
        out.open("header", "id", "s0", "class", "top");
        out.element("h1", note.title());
        out.element("p", TextReport.summary(input.check(), input.path(), input.matcher().glossary()), "class", "summary-line", "id", "summary");
        Filters.counts(out, cards);
        out.close("header");
        Filters.bar(out, cards, note);
        contents();
        out.open("main", "id", "note");
        if (!cards.outsideBlocks().isEmpty()) {
            out.element("h2", "Outside the text (front matter)");
            cards.write(out, cards.outsideBlocks(), List.of());
        }
        for (Part part : note.parts()) {
            part(part);
        }
        out.close("main");
        GlossaryTable.write(out, input);
        out.open("footer").element("p", "Bitext · " + note.name() + " · " + cards.size() + " findings", "class", "muted").close("footer");
    }

    /** The sections as a list of links, each with its time and its number of findings; readable without script. */
    private void contents() {
        List<Section> sections = note.sections();
        if (sections.isEmpty()) {
            return;
        }
        out.open("nav", "class", "toc").open("details").element("summary", "目录 Contents (" + sections.size() + " sections)").open("ol");
        java.util.Map<Integer, Integer> bySection = cards.bySection();
        for (Section section : sections) {
            int found = bySection.getOrDefault(section.index(), 0);
            out.open("li").element("a", section.title(), "href", "#s" + section.index());
            if (found > 0) {
                out.element("span", String.valueOf(found), "class", "badge", "title", found + " findings");
            }
            out.close("li");
        }
        out.close("ol").close("details").close("nav");
    }

    private void part(Part part) {
        out.open("section", "class", "part " + part.role().name().toLowerCase(java.util.Locale.ROOT));
        if (part.heading() != null) {
            out.open("h2");
            text(part.heading(), part.heading().text());
            out.close("h2");
            cards.write(out, cards.inBlock(part.heading()), shown);
            shown.clear();
        }
        if (part.role() == PartRole.COVER) {
            cover(part);
        } else {
            rows(part.blocks(), null);
        }
        for (Section section : part.sections()) {
            section(section);
        }
        out.close("section");
    }

    /** Findings whose primary place the text just written marked: their cards link back to it. */
    private final List<Integer> shown = new ArrayList<>();

    private void text(Block block, Span span) {
        List<NoteText.Mark> marks = cards.marksWithin(block, span.offset(), span.end());
        shown.addAll(NoteText.write(out, note.text(), span.offset(), span.end(), block.inlines(), marks));
    }

    private void cover(Part part) {
        List<Block> blocks = new ArrayList<>(part.blocks());
        part.sections().forEach(s -> blocks.addAll(s.blocks()));
        out.open("dl", "class", "cover");
        for (Block block : blocks) {
            if (block.kind() != BlockKind.COVER_ENTRY) {
                continue;
            }
            out.element("dt", block.label());
            out.open("dd");
            String value = block.text().cut(note.text()).strip();
            if (NoteText.safeLink(value) != null) {
                out.element("a", value, "href", value, "rel", "noreferrer");
            } else {
                text(block, block.text());
            }
            out.close("dd");
        }
        out.close("dl");
        List<Integer> ids = new ArrayList<>();
        blocks.forEach(b -> ids.addAll(cards.inBlock(b)));
        cards.write(out, ids, shown);
        shown.clear();
    }

    private void section(Section section) {
        out.open("section", "class", "sec", "id", "s" + section.index(), "data-section", String.valueOf(section.index()));
        out.open("h3").element("span", "§" + section.index(), "class", "num").raw(" ");
        text(section.heading(), section.heading().text());
        if (section.timeRange() != null) {
            String range = section.timeRange().display();
            out.raw(" ");
            if (video != null) {
                out.element("a", "▶ " + range, "class", "time", "href", video.at(section.timeRange().startSeconds()),
                        "rel", "noreferrer", "title", "the video from " + io.bitext.note.TimeRange.format(section.timeRange().startSeconds()));
            } else {
                out.element("span", range, "class", "time");
            }
        }
        out.close("h3");
        cards.write(out, cards.inBlock(section.heading()), shown);
        shown.clear();
        english.original(out, section.index());
        rows(section.blocks(), alignments.get(section.index()));
        out.close("section");
    }

    /** One row per block: the Chinese with its findings marked, its English, then the findings' cards. */
    private void rows(List<Block> blocks, SectionAlignment alignment) {
        for (Block block : blocks) {
            if (block.kind() == BlockKind.HEADING) {
                continue;
            }
            out.open("div", "class", "row " + block.kind().name().toLowerCase(java.util.Locale.ROOT));
            out.open(block.kind() == BlockKind.VERBATIM ? "pre" : "div", "class", "zh");
            label(block);
            text(block, block.text());
            out.close(block.kind() == BlockKind.VERBATIM ? "pre" : "div");
            english.block(out, block, alignment);
            out.close("div");
            cards.write(out, cards.inBlock(block), shown);
            shown.clear();
        }
    }

    /** A speaker's name (findings on it marked) or a key point's label, in bold with its colon. */
    private void label(Block block) {
        if (block.label() == null) {
            return;
        }
        out.open("b", "class", "who");
        if (block.speaker() != null) {
            Span name = block.speaker().nameSpan();
            int end = name.offset() + block.speaker().label().length();
            shown.addAll(NoteText.write(out, note.text(), name.offset(), end, List.of(), cards.marksWithin(block, name.offset(), end)));
        } else {
            out.text(block.label());
        }
        out.raw("：").close("b");
    }
}
