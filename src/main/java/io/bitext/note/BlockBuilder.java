package io.bitext.note;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns scanned headings and paragraphs into blocks. A paragraph of several lines is split where a
 * line starts with a label, since notes write consecutive turns without blank lines between them;
 * an unlabelled line continues the turn above it.
 *
 * <p>A bold label ({@code **Matt Turk**：}) is a speaker unless it is a configured key-point label.
 * An unbolded one ({@code Eric：}) counts only when the same label starts two or more lines (three
 * for a Han label), so that a one-off {@code 标题：} in prose is not taken for a speaker.
 */
final class BlockBuilder {
    private static final Pattern COVER_KEY = Pattern.compile("^([^：:\\n]{1,20}?)[ \\t]*[：:][ \\t]*");

    /** A heading with its parsed title and range, or a content block. */
    record Entry(Block block, int level, String title, TimeRange timeRange) {
        boolean isHeading() {
            return block.kind() == BlockKind.HEADING;
        }
    }

    private final SourceText source;
    private final ReaderOptions options;
    private final Set<String> coverTitles;
    private final List<Entry> entries = new ArrayList<>();
    private Map<String, Integer> plainLabelCounts = Map.of();
    private boolean inCover;

    BlockBuilder(SourceText source, ReaderOptions options) {
        this.source = source;
        this.options = options;
        this.coverTitles = options.coverTitles();
    }

    List<Entry> build(List<MarkdownScanner.Item> items, int base) {
        List<Lines> paragraphs = readLines(items);
        plainLabelCounts = countPlainLabels(paragraphs);
        for (int i = 0; i < items.size(); i++) {
            MarkdownScanner.Item item = items.get(i);
            if (item.heading()) {
                addHeading(item, base);
            } else {
                addParagraph(item, paragraphs.get(i), base);
            }
        }
        return entries;
    }

    /** The lines of a paragraph and the label each starts with (null for none). */
    private record Lines(List<int[]> lines, LineLabel[] labels) {
    }

    /** For each item, its lines and their labels when it is a paragraph outside a list, else null: read once for both passes. */
    private List<Lines> readLines(List<MarkdownScanner.Item> items) {
        List<Lines> result = new ArrayList<>(items.size());
        for (MarkdownScanner.Item item : items) {
            if (item.heading() || item.container() == MarkdownScanner.Container.LIST_ITEM) {
                result.add(null);
                continue;
            }
            List<int[]> lines = lines(item.textStart(), item.textEnd());
            LineLabel[] labels = new LineLabel[lines.size()];
            for (int i = 0; i < labels.length; i++) {
                int[] line = lines.get(i);
                labels[i] = LineLabel.match(source.text().substring(line[0], line[1]));
            }
            result.add(new Lines(lines, labels));
        }
        return result;
    }

    private static Map<String, Integer> countPlainLabels(List<Lines> paragraphs) {
        Map<String, Integer> counts = new HashMap<>();
        for (Lines paragraph : paragraphs) {
            if (paragraph != null) {
                for (LineLabel label : paragraph.labels()) {
                    if (label != null && !label.bold()) {
                        counts.merge(label.name(), 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }

    private void addHeading(MarkdownScanner.Item item, int base) {
        String text = source.text().substring(item.textStart(), item.textEnd());
        Matcher range = TimeRange.lastRange(text);
        TimeRange timeRange = null;
        int titleEnd = item.textEnd();
        if (range != null) {
            var start = TimeRange.parseStamp(range.group(1));
            var end = TimeRange.parseStamp(range.group(2));
            if (start.isPresent() && end.isPresent()) {
                timeRange = new TimeRange(start.get(), end.get(),
                        source.span(item.textStart() + range.start(), item.textStart() + range.end()));
                titleEnd = item.textStart() + range.start();
            }
        }
        while (titleEnd > item.textStart() && Character.isWhitespace(source.text().charAt(titleEnd - 1))) {
            titleEnd--;
        }
        List<Inline> inlines = InlineScanner.scan(source, item.node(), base, item.textStart(), titleEnd);
        Block block = new Block(0, BlockKind.HEADING, source.span(item.start(), item.end()),
                source.span(item.textStart(), titleEnd), null, null, null, inlines);
        String title = source.text().substring(item.textStart(), titleEnd);
        entries.add(new Entry(block, item.level(), title, timeRange));
        if (item.level() <= 2) {
            inCover = coverTitles.contains(title.strip());
        }
    }

    private void addParagraph(MarkdownScanner.Item item, Lines paragraph, int base) {
        if (item.container() == MarkdownScanner.Container.LIST_ITEM) {
            addListItem(item, base);
            return;
        }
        BlockKind plainKind = item.container() == MarkdownScanner.Container.QUOTE ? BlockKind.QUOTE : BlockKind.PARAGRAPH;
        List<int[]> lines = paragraph.lines();
        InlineScanner marks = InlineScanner.of(source, item.node(), base);
        int blockStart = -1;
        int textStart = -1;
        LineLabel openLabel = null;
        int openLineStart = -1;
        for (int n = 0; n < lines.size(); n++) {
            int[] line = lines.get(n);
            LineLabel label = recognised(paragraph.labels()[n]);
            if (label != null || blockStart < 0) {
                if (blockStart >= 0) {
                    addLabelled(item, marks, plainKind, blockStart, textStart, previousEnd(line[0]), openLabel, openLineStart);
                }
                blockStart = blockStart < 0 && label == null ? item.start() : line[0];
                openLabel = label;
                openLineStart = line[0];
                textStart = label == null ? line[0] : line[0] + label.length();
            }
        }
        if (blockStart >= 0) {
            addLabelled(item, marks, plainKind, blockStart, textStart, item.textEnd(), openLabel, openLineStart);
        }
    }

    private void addLabelled(MarkdownScanner.Item item, InlineScanner marks, BlockKind plainKind, int blockStart,
                             int textStart, int end, LineLabel label, int lineStart) {
        List<Inline> inlines = marks.within(textStart, end);
        if (label == null) {
            entries.add(content(new Block(0, plainKind, source.span(blockStart, end), source.span(textStart, end),
                    null, null, null, inlines)));
            return;
        }
        Span labelSpan = source.span(lineStart, lineStart + label.length());
        boolean keyPoint = options.keyPointLabels().contains(label.name());
        Speaker speaker = keyPoint ? null : label.toSpeaker(source, lineStart);
        entries.add(content(new Block(0, keyPoint ? BlockKind.KEY_POINT : BlockKind.TURN,
                source.span(blockStart, end), source.span(textStart, end), label.name(), labelSpan, speaker, inlines)));
    }

    private LineLabel recognised(LineLabel label) {
        if (label == null || label.bold() || options.keyPointLabels().contains(label.name())) {
            return label;
        }
        // Han words such as 类别 or 定义 start prose lines too, so they need more evidence than a Latin name.
        boolean latin = false;
        for (int i = 0; i < label.name().length() && !latin; i++) {
            latin = label.name().charAt(i) < 0x2E80; // a surrogate is not below it, nor is the code point it makes
        }
        return plainLabelCounts.getOrDefault(label.name(), 0) >= (latin ? 2 : 3) ? label : null;
    }

    private void addListItem(MarkdownScanner.Item item, int base) {
        int textStart = item.textStart();
        String label = null;
        Span labelSpan = null;
        BlockKind kind = BlockKind.LIST_ITEM;
        if (inCover) {
            Matcher key = COVER_KEY.matcher(source.text().substring(textStart, item.textEnd()));
            if (key.find()) {
                label = key.group(1).strip();
                labelSpan = source.span(textStart, textStart + key.end());
                textStart += key.end();
                kind = BlockKind.COVER_ENTRY;
            }
        }
        List<Inline> inlines = InlineScanner.scan(source, item.node(), base, textStart, item.textEnd());
        entries.add(content(new Block(0, kind, source.span(item.start(), item.textEnd()),
                source.span(textStart, item.textEnd()), label, labelSpan, null, inlines)));
    }

    private static Entry content(Block block) {
        return new Entry(block, 0, null, null);
    }

    /** Start and end (without line break) of each line in [from, to). */
    private List<int[]> lines(int from, int to) {
        List<int[]> lines = new ArrayList<>();
        String text = source.text();
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new int[] {start, i});
                if (c == '\r' && i + 1 < to && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(new int[] {start, to});
        return lines;
    }

    /** End of the line before the one starting at {@code lineStart}, line break excluded. */
    private int previousEnd(int lineStart) {
        int end = lineStart;
        String text = source.text();
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
            if (text.charAt(end) == '\n' && end > 0 && text.charAt(end - 1) == '\r') {
                end--;
            }
            break;
        }
        return end;
    }
}
