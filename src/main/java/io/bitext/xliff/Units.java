package io.bitext.xliff;

import io.bitext.note.Block;
import io.bitext.note.BlockKind;
import io.bitext.note.Inline;
import io.bitext.note.InlineKind;
import io.bitext.note.Note;
import io.bitext.note.Part;
import io.bitext.note.Section;
import io.bitext.text.Script;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a note into translation units, the way Okapi's filters cut a document into text units and a
 * skeleton: every block with Chinese in it is a unit (verbatim blocks, and cover data such as dates
 * and links, stay in the skeleton), its Markdown marks and URLs become codes, its text is segmented
 * into sentences with ICU, and no segment splits a pair of codes or of brackets and quotation marks
 * (see {@link SentenceEnds}). Cover keys and key-point labels in Chinese are units of their own.
 *
 * <pre>{@code
 * for (Unit unit : Units.of(NoteReader.read(path))) { ... }
 * }</pre>
 */
public final class Units {
    private static final Pattern URL = Pattern.compile("https?://[^\\s）)>\\]]+|www\\.[^\\s）)>\\]]+");
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    /**
     * Raw HTML and character references the note itself holds are codes: text a translator types is
     * escaped on merge, so only the note's own tags and references may stay markup.
     */
    private static final Pattern HTML = Pattern.compile("<!--.*?-->|</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>\n]*)?/?>"
            + "|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

    private Units() {
    }

    public static List<Unit> of(Note note) {
        List<Unit> units = new ArrayList<>();
        for (Block block : note.blocks()) {
            String text = block.text().cut(note.text());
            Unit label = label(note, block);
            if (label != null) {
                units.add(label);
            }
            if (block.kind() == BlockKind.VERBATIM || !hasHan(text)) {
                continue;
            }
            units.add(unit(note, block, "b" + block.index(), kind(block.kind()), block.text().offset(), segments(note, block)));
        }
        return units;
    }

    /**
     * A cover entry's key ({@code 标题}, {@code 发布日期}) or a key point's label ({@code **加粗要点**：}) as
     * a unit of its own, so the English note does not keep them in Chinese. Speakers' labels are names
     * and stay as they are; a label without Chinese has nothing to translate.
     */
    private static Unit label(Note note, Block block) {
        if (block.kind() != BlockKind.COVER_ENTRY && block.kind() != BlockKind.KEY_POINT || block.label() == null
                || block.labelSpan() == null || !hasHan(block.label())) {
            return null;
        }
        int at = note.text().indexOf(block.label(), block.labelSpan().offset());
        if (at < 0 || at + block.label().length() > block.labelSpan().end()) {
            return null;
        }
        return unit(note, block, "b" + block.index() + "-label", kind(block.kind()) + "-label", at,
                List.of(List.of(new io.bitext.xliff.Part.Text(block.label()))));
    }

    private static Unit unit(Note note, Block block, String id, String kind, int offset, List<List<io.bitext.xliff.Part>> segments) {
        Section section = note.sectionAt(block.span().offset());
        return new Unit(id, block.index(), kind, offset, segments, section == null ? 0 : section.index(),
                section != null ? section.title() : partTitle(note, block),
                section == null || section.timeRange() == null ? null : section.timeRange().display(),
                block.speaker() == null ? null : block.speaker().label());
    }

    private static boolean hasHan(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Script.isHan(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    private static String kind(BlockKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Units grouped by the section (or part) they stand in, in note order: one XLIFF group each. */
    public static java.util.Collection<List<Unit>> bySection(List<Unit> units) {
        java.util.Map<String, List<Unit>> groups = new java.util.LinkedHashMap<>();
        for (Unit unit : units) {
            groups.computeIfAbsent(unit.section() + "\u0000" + unit.sectionTitle(), k -> new ArrayList<>()).add(unit);
        }
        return groups.values();
    }

    private static String partTitle(Note note, Block block) {
        for (Part part : note.parts()) {
            if (part.span().contains(block.span().offset())) {
                return part.title();
            }
        }
        return "";
    }

    /** Codes keyed by their start offset in the note; each holds its end and its code. */
    private record Marked(int end, Code code) {
    }

    private static List<List<io.bitext.xliff.Part>> segments(Note note, Block block) {
        String source = note.text();
        int from = block.text().offset();
        int to = block.text().end();
        TreeMap<Integer, Marked> codes = new TreeMap<>();
        int id = 1;
        for (Inline inline : block.inlines()) {
            Code.Kind kind = kind(inline.kind());
            if (inline.kind() == InlineKind.CODE || inline.content().length() == 0 && inline.kind() == InlineKind.LINK) {
                codes.put(inline.span().offset(), new Marked(inline.span().end(),
                        new Code(id++, Code.Role.STANDALONE, kind, inline.span().cut(source))));
                continue;
            }
            if (inline.openLength() > 0 && inline.closeLength() > 0) {
                codes.put(inline.span().offset(), new Marked(inline.content().offset(),
                        new Code(id, Code.Role.OPEN, kind, source.substring(inline.span().offset(), inline.content().offset()))));
                codes.put(inline.content().end(), new Marked(inline.span().end(),
                        new Code(id, Code.Role.CLOSE, kind, source.substring(inline.content().end(), inline.span().end()))));
                id++;
            }
        }
        int[] first = starters(source, from, to);
        if (first[URL_START] >= 0) {
            id = standalone(source, first[URL_START], to, codes, URL, Code.Kind.URL, id);
        }
        if (first[HTML_START] >= 0) {
            id = standalone(source, first[HTML_START], to, codes, HTML, Code.Kind.HTML, id);
        }
        if (first[LINE_START] >= 0) {
            standalone(source, first[LINE_START], to, codes, LINE_BREAK, Code.Kind.LINE_BREAK, id);
        }
        List<io.bitext.xliff.Part> parts = new ArrayList<>();
        List<Integer> partStarts = new ArrayList<>();
        int at = from;
        for (var entry : codes.entrySet()) {
            if (entry.getKey() < at) {
                continue; // inside a code already taken (a URL inside link markup)
            }
            if (entry.getKey() > at) {
                partStarts.add(at);
                parts.add(new io.bitext.xliff.Part.Text(source.substring(at, entry.getKey())));
            }
            partStarts.add(entry.getKey());
            parts.add(entry.getValue().code());
            at = entry.getValue().end();
        }
        if (at < to) {
            partStarts.add(at);
            parts.add(new io.bitext.xliff.Part.Text(source.substring(at, to)));
        }
        boolean[] masked = new boolean[to - from];
        codes.forEach((start, marked) -> java.util.Arrays.fill(masked, Math.max(start, from) - from, Math.min(marked.end(), to) - from, true));
        return cut(parts, partStarts, SentenceEnds.of(source.substring(from, to), from, masked));
    }

    private static final int URL_START = 0;
    private static final int HTML_START = 1;
    private static final int LINE_START = 2;

    /**
     * Where each of the patterns can first match in {@code source[from, to)}, or -1, from one pass
     * over it: a URL starts with {@code http} or {@code www.}, raw HTML with {@code <} or {@code &}, a
     * line break with CR or LF. Most blocks hold none of them, and a pattern (none looks behind or is
     * anchored) need not be run at all, or only from there.
     */
    private static int[] starters(String source, int from, int to) {
        int[] first = {-1, -1, -1};
        for (int i = to - 1; i >= from; i--) {
            char c = source.charAt(i);
            if (c == '<' || c == '&') {
                first[HTML_START] = i;
            } else if (c == '\n' || c == '\r') {
                first[LINE_START] = i;
            } else if (c == 'h' && source.startsWith("http", i) || c == 'w' && source.startsWith("www.", i)) {
                first[URL_START] = i;
            }
        }
        return first;
    }

    private static int standalone(String source, int from, int to, TreeMap<Integer, Marked> codes, Pattern pattern,
                                  Code.Kind kind, int id) {
        Matcher m = pattern.matcher(source).region(from, to);
        while (m.find()) {
            boolean free = codes.floorEntry(m.start()) == null || codes.floorEntry(m.start()).getValue().end() <= m.start();
            boolean clear = codes.ceilingKey(m.start()) == null || codes.ceilingKey(m.start()) >= m.end();
            if (free && clear) {
                codes.put(m.start(), new Marked(m.end(), new Code(id++, Code.Role.STANDALONE, kind, m.group())));
            }
        }
        return id;
    }

    /**
     * Splits the parts at sentence ends that fall between parts or inside text, never inside a code
     * and never between an opening code and its closing one.
     */
    private static List<List<io.bitext.xliff.Part>> cut(List<io.bitext.xliff.Part> parts, List<Integer> starts, List<Integer> ends) {
        List<List<io.bitext.xliff.Part>> segments = new ArrayList<>();
        List<io.bitext.xliff.Part> current = new ArrayList<>();
        int open = 0;
        int endIndex = 0;
        for (int i = 0; i < parts.size(); i++) {
            io.bitext.xliff.Part part = parts.get(i);
            int start = starts.get(i);
            if (part instanceof io.bitext.xliff.Part.Text text) {
                int partEnd = start + text.text().length();
                int cutAt = start;
                while (endIndex < ends.size() && ends.get(endIndex) <= partEnd) {
                    int end = ends.get(endIndex++);
                    if (open == 0 && end > cutAt && end < partEnd) {
                        current.add(new io.bitext.xliff.Part.Text(text.text().substring(cutAt - start, end - start)));
                        segments.add(current);
                        current = new ArrayList<>();
                        cutAt = end;
                    } else if (open == 0 && end == partEnd) {
                        current.add(new io.bitext.xliff.Part.Text(text.text().substring(cutAt - start)));
                        segments.add(current);
                        current = new ArrayList<>();
                        cutAt = partEnd;
                    }
                }
                if (cutAt < partEnd) {
                    current.add(new io.bitext.xliff.Part.Text(text.text().substring(cutAt - start)));
                }
            } else {
                Code code = (Code) part;
                current.add(code);
                open += code.role() == Code.Role.OPEN ? 1 : code.role() == Code.Role.CLOSE ? -1 : 0;
                int codeEnd = start + code.original().length();
                while (endIndex < ends.size() && ends.get(endIndex) <= codeEnd) {
                    if (ends.get(endIndex++) == codeEnd && open == 0) {
                        segments.add(current);
                        current = new ArrayList<>();
                    }
                }
            }
        }
        if (!current.isEmpty()) {
            segments.add(current);
        }
        return segments;
    }

    private static Code.Kind kind(InlineKind kind) {
        return switch (kind) {
            case BOLD -> Code.Kind.BOLD;
            case ITALIC -> Code.Kind.ITALIC;
            case HIGHLIGHT -> Code.Kind.HIGHLIGHT;
            case LINK -> Code.Kind.LINK;
            case CODE -> Code.Kind.CODE;
        };
    }
}
