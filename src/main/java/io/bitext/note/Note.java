package io.bitext.note;

import io.bitext.text.MappedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A note read from Markdown: its source, its parts and sections, and every block with its place in
 * the source. {@link #skeleton()} splits the source into the parts a translation may change and the
 * parts it must keep, and rendering it back gives the source byte for byte.
 *
 * <pre>{@code
 * Note note = NoteReader.read(Path.of("seeds/000_a3c508f15ff8c1eb.txt"));
 * for (Section s : note.sections()) System.out.println(s.title() + " " + s.timeRange());
 * }</pre>
 */
public final class Note {
    private final String name;
    private final SourceText source;
    private final NoteEncoding encoding;
    private final FrontMatter frontMatter;
    private final List<Part> parts;
    private final List<Block> blocks;
    /** The sections in order, made on first use (a racy but idempotent cache). */
    private List<Section> sections;
    /** The rendered bytes, made on first use (an idempotent cache, volatile as an array has no final fields); each caller gets a copy. */
    private volatile byte[] rendered;
    /** Each block's plain text by index, made on first use; volatile for the same reason. */
    private volatile MappedText[] plainTexts;

    public Note(String name, SourceText source, NoteEncoding encoding, FrontMatter frontMatter,
                List<Part> parts, List<Block> blocks) {
        this.name = name;
        this.source = source;
        this.encoding = encoding;
        this.frontMatter = frontMatter;
        this.parts = List.copyOf(parts);
        this.blocks = List.copyOf(blocks);
    }

    /** The file name the note was read from, used in messages and output names. */
    public String name() {
        return name;
    }

    public SourceText source() {
        return source;
    }

    public String text() {
        return source.text();
    }

    public NoteEncoding encoding() {
        return encoding;
    }

    /** The front matter, or null when the note has none. */
    public FrontMatter frontMatter() {
        return frontMatter;
    }

    public List<Part> parts() {
        return parts;
    }

    /** Every block in source order, headings included. */
    public List<Block> blocks() {
        return blocks;
    }

    /**
     * {@code block.plainText(source())}, made once for all the readers of a block of this note (the
     * term extractor, the outline); for any other block made anew, never taken from the cache.
     */
    public MappedText plainText(Block block) {
        int index = block.index();
        if (index < 0 || index >= blocks.size() || blocks.get(index) != block) {
            return block.plainText(source);
        }
        MappedText[] all = plainTexts;
        if (all == null) {
            all = new MappedText[blocks.size()];
            plainTexts = all;
        }
        MappedText plain = all[index];
        if (plain == null) {
            plain = block.plainText(source);
            all[index] = plain;
        }
        return plain;
    }

    /** Every section of every part, in order. */
    public List<Section> sections() {
        List<Section> all = new ArrayList<>();
        for (Part part : parts) {
            all.addAll(part.sections());
        }
        return all;
    }

    public Part body() {
        return parts.stream().filter(p -> p.role() == PartRole.BODY).findFirst().orElse(null);
    }

    /** The cover list as key → value, in the note's order. */
    public Map<String, String> cover() {
        Map<String, String> cover = new LinkedHashMap<>();
        for (Part part : parts) {
            if (part.role() == PartRole.COVER) {
                List<Block> blocks = new ArrayList<>(part.blocks());
                part.sections().forEach(s -> blocks.addAll(s.blocks()));
                for (Block block : blocks) {
                    if (block.kind() == BlockKind.COVER_ENTRY) {
                        cover.putIfAbsent(block.label(), source.cut(block.text()).strip());
                    }
                }
            }
        }
        return cover;
    }

    /** The cover's title, else the front matter's, else the note's file name. */
    public String title() {
        Map<String, String> cover = cover();
        for (String key : Block.TITLE_KEYS) {
            if (cover.containsKey(key)) {
                return cover.get(key);
            }
        }
        if (frontMatter != null && frontMatter.mayHave("title")
                && frontMatter.values().get("title") instanceof String title) {
            return title;
        }
        return name;
    }

    /** The section that contains {@code offset}, or null; a binary search, as findings ask for every place. */
    public Section sectionAt(int offset) {
        List<Section> all = sectionList();
        int low = 0;
        int high = all.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            Section section = all.get(middle);
            if (offset < section.span().offset()) {
                high = middle - 1;
            } else if (offset >= section.span().end()) {
                low = middle + 1;
            } else {
                return section;
            }
        }
        return null;
    }

    private List<Section> sectionList() {
        List<Section> all = sections;
        if (all == null) {
            all = List.copyOf(sections());
            sections = all;
        }
        return all;
    }

    public Skeleton skeleton() {
        return Skeleton.of(this);
    }

    /** The note rendered from its skeleton and texts: equal to the source. */
    public String render() {
        return skeleton().render();
    }

    /**
     * The rendered note as bytes in the note's own encoding: rendered once per note, however many
     * exports and commands ask (the XLIFF skeleton, {@code fix}'s comparison).
     */
    public byte[] renderBytes() {
        byte[] bytes = rendered;
        if (bytes == null) {
            bytes = encoding.encode(Skeleton.checkedSource(this)); // what render() gives, without cutting the pieces
            rendered = bytes;
        }
        return bytes.clone();
    }
}
