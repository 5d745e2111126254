package io.bitext.note;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups blocks into parts and sections. Sections are the h3s, or the h2s of a note that has no h3;
 * parts are the headings above them. The body is found by shape (the part with the most sections,
 * then turns, then text), never by its title, because notes of this family title it differently.
 */
final class StructureBuilder {
    private final SourceText source;
    private final ReaderOptions options;
    private final List<Part> parts = new ArrayList<>();
    private final List<Block> blocks = new ArrayList<>();

    private PartDraft part;
    private SectionDraft section;
    private int sectionCount;

    private static final class PartDraft {
        final Block heading;
        final String title;
        final List<Block> blocks = new ArrayList<>();
        final List<Section> sections = new ArrayList<>();

        PartDraft(Block heading, String title) {
            this.heading = heading;
            this.title = title;
        }
    }

    private record SectionDraft(Block heading, String title, TimeRange timeRange, List<Block> blocks) {
    }

    StructureBuilder(SourceText source, ReaderOptions options) {
        this.source = source;
        this.options = options;
    }

    record Result(List<Part> parts, List<Block> blocks) {
    }

    Result build(List<BlockBuilder.Entry> entries) {
        int sectionLevel = sectionLevel(entries);
        int partLevel = sectionLevel == 3 ? 2 : sectionLevel;
        part = new PartDraft(null, "");
        for (BlockBuilder.Entry entry : entries) {
            Block block = indexed(entry.block());
            if (entry.isHeading() && entry.level() <= partLevel) {
                closePart();
                part = new PartDraft(block, entry.title().strip());
                if (entry.level() == sectionLevel) {
                    section = new SectionDraft(block, entry.title().strip(), entry.timeRange(), new ArrayList<>());
                }
            } else if (entry.isHeading() && entry.level() == sectionLevel) {
                closeSection();
                section = new SectionDraft(block, entry.title().strip(), entry.timeRange(), new ArrayList<>());
            } else if (section != null) {
                section.blocks.add(block);
            } else {
                part.blocks.add(block);
            }
        }
        closePart();
        return new Result(assignRoles(), List.copyOf(blocks));
    }

    private Block indexed(Block block) {
        Block numbered = new Block(blocks.size(), block.kind(), block.span(), block.text(), block.label(),
                block.labelSpan(), block.speaker(), block.inlines());
        blocks.add(numbered);
        return numbered;
    }

    /** 3 when the note has h3s, otherwise the highest level that stands at most at 2; 0 without headings. */
    private static int sectionLevel(List<BlockBuilder.Entry> entries) {
        boolean[] present = new boolean[7];
        for (BlockBuilder.Entry entry : entries) {
            if (entry.isHeading()) {
                present[Math.min(entry.level(), 6)] = true;
            }
        }
        return present[3] ? 3 : present[2] ? 2 : present[1] ? 1 : 0;
    }

    private void closeSection() {
        if (section == null) {
            return;
        }
        int start = section.heading.span().offset();
        int end = section.blocks.isEmpty() ? section.heading.span().end()
                : section.blocks.get(section.blocks.size() - 1).span().end();
        part.sections.add(new Section(++sectionCount, section.title, section.timeRange, section.heading,
                source.span(start, end), part.title.isEmpty() ? null : part.title, section.blocks));
        section = null;
    }

    private void closePart() {
        closeSection();
        if (part.heading == null && part.blocks.isEmpty() && part.sections.isEmpty()) {
            return;
        }
        int start = part.heading != null ? part.heading.span().offset()
                : !part.blocks.isEmpty() ? part.blocks.get(0).span().offset() : part.sections.get(0).span().offset();
        int end = Math.max(part.heading == null ? start : part.heading.span().end(), Math.max(
                part.blocks.isEmpty() ? start : part.blocks.get(part.blocks.size() - 1).span().end(),
                part.sections.isEmpty() ? start : part.sections.get(part.sections.size() - 1).span().end()));
        parts.add(new Part(part.title, part.heading, source.span(start, end), PartRole.OTHER, part.blocks, part.sections));
    }

    private List<Part> assignRoles() {
        Part body = parts.stream()
                .filter(p -> !options.coverTitles().contains(p.title()) && !options.summaryTitles().contains(p.title()))
                .filter(p -> !p.sections().isEmpty() || turnCount(p) > 0)
                .max(Comparator.comparingInt((Part p) -> p.sections().size())
                        .thenComparingInt(StructureBuilder::turnCount)
                        .thenComparingInt(p -> p.span().length()))
                .orElse(null);
        List<Part> roled = new ArrayList<>();
        for (Part p : parts) {
            PartRole role = p == body ? PartRole.BODY
                    : options.coverTitles().contains(p.title()) ? PartRole.COVER
                    : options.summaryTitles().contains(p.title()) ? PartRole.SUMMARY
                    : PartRole.OTHER;
            roled.add(new Part(p.title(), p.heading(), p.span(), role, p.blocks(), p.sections()));
        }
        return roled;
    }

    private static int turnCount(Part part) {
        int turns = (int) part.blocks().stream().filter(Block::isTurn).count();
        for (Section s : part.sections()) {
            turns += s.turns().size();
        }
        return turns;
    }
}
