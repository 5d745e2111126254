package io.bitext.docx;

import io.bitext.align.Alignment;
import io.bitext.check.CheckResult;
import io.bitext.glossary.GlossaryMatch;
import io.bitext.glossary.GlossaryMatcher;
import io.bitext.note.Note;
import io.bitext.term.TermOccurrence;
import io.bitext.text.TermKeys;
import io.bitext.transcript.TranscriptAlignment;
import io.bitext.transcript.TurnAlignment;
import io.bitext.xliff.Unit;
import io.bitext.xliff.Units;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The bilingual review document: a cover (title, the note's data, how to review, a contents list with
 * links that needs no field update), then every section as a heading with its time range and a review
 * table in the manner of Trados and memoQ (segment id | 中文 | English | comments and status, one row
 * per XLIFF unit), the check's findings as Word comments at every place they name, and an appendix
 * with the note's glossary and the findings. {@link ReviewImport} reads the reviewer's changes back.
 *
 * <p>The WordprocessingML is written as a stream ({@link XmlOut}) and the package with
 * {@code java.util.zip} ({@link PackageWriter}): the XWPF object tree cost four times as much as the
 * rest of the export, and POI's package layer a third of what was left.
 *
 * <pre>{@code
 * byte[] docx = DocxExport.write(new DocxExport.Input(note, alignment, check, matcher, Map.of()), false);
 * }</pre>
 */
public final class DocxExport {
    private static final String RELS = PackageWriter.RELS;
    private static final String DOCUMENT = "/word/document.xml";
    private static final String DATA = "/customXml/item1.xml";
    private static final String WML = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    static final String NOTE_PROPERTY = "BitextNote";
    static final String HASH_PROPERTY = "BitextNoteSha256";

    /**
     * @param translations block index → the block's English text, from an imported XLIFF; may be empty
     * @param transcript   the sections aligned with the English original; may be null
     * @param turns        each block's stretch of the English original (see {@code TurnAligner}); may be null
     * @param units        the note's translation units as a session cut them; null: cut here
     * @param blockTerms   block index → the glossary's terms in its text, as a session matched them; null: matched here
     */
    public record Input(Note note, Alignment alignment, CheckResult check, GlossaryMatcher matcher,
                        Map<Integer, String> translations, TranscriptAlignment transcript, TurnAlignment turns,
                        List<Unit> units, Map<Integer, List<GlossaryMatch>> blockTerms) {

        /** Units and terms cut and matched by the export. */
        public Input(Note note, Alignment alignment, CheckResult check, GlossaryMatcher matcher,
                     Map<Integer, String> translations, TranscriptAlignment transcript, TurnAlignment turns) {
            this(note, alignment, check, matcher, translations, transcript, turns, null, null);
        }

        /** Without the English original. */
        public Input(Note note, Alignment alignment, CheckResult check, GlossaryMatcher matcher, Map<Integer, String> translations) {
            this(note, alignment, check, matcher, translations, null, null);
        }

        /** The same input with the units and the blocks' glossary terms a session already has. */
        public Input with(List<Unit> units, Map<Integer, List<GlossaryMatch>> blockTerms) {
            return new Input(note, alignment, check, matcher, translations, transcript, turns, units, blockTerms);
        }

        /** The glossary's terms in block {@code block}'s text. */
        List<GlossaryMatch> terms(io.bitext.note.Block block) {
            return blockTerms != null ? blockTerms.getOrDefault(block.index(), List.of())
                    : matcher.findLongest(block.text().cut(note.text()));
        }
    }

    private DocxExport() {
    }

    public static byte[] write(Input input, boolean landscape) {
        PackageWriter pkg = new PackageWriter();
        pkg.relate(PackageWriter.ROOT, DOCUMENT, RELS + "officeDocument");
        String hash = sha256(input.note());
        ReviewData review = new ReviewData(input.note().name(), hash);
        Comments comments = new Comments(input.check().findings());
        related(pkg, "/word/styles.xml", WML + "styles+xml", "styles", Styles::write);
        related(pkg, "/word/settings.xml", WML + "settings+xml", "settings", PackageParts::settings);
        related(pkg, "/word/fontTable.xml", WML + "fontTable+xml", "fontTable", Fonts::writeTable);
        String footer = related(pkg, "/word/footer1.xml", WML + "footer+xml", "footer",
                out -> PackageParts.footer(out, input.note().title()));
        pkg.part(DOCUMENT, WML + "document.main+xml", out -> {
            // the seed's 8,700 characters make about 226,000 of WordprocessingML
            try (WordXml xml = new WordXml(out, "document", 32 * input.note().text().length())) {
                xml.start("body");
                int width = PageSetup.width(landscape);
                List<List<Unit>> groups = groups(input.units() != null ? input.units() : Units.of(input.note()));
                Cover.write(xml, input, pkg, groups);
                TermKeys keys = new TermKeys();
                List<GlossaryMatch> matches = body(xml, input, comments, review, width, groups, keys);
                Appendix.write(xml, input, comments, width, matches, keys);
                PageSetup.section(xml, landscape, footer);
                xml.end();
            }
        });
        if (!comments.isEmpty()) {
            related(pkg, "/word/comments.xml", WML + "comments+xml", "comments", comments::write);
        }
        related(pkg, DATA, "application/xml", "customXml", review::write);
        String dataProperties = "/customXml/itemProps1.xml";
        pkg.part(dataProperties, "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
                out -> PackageParts.itemProperties(out, Digests.nameUuid(hash.getBytes(StandardCharsets.UTF_8))));
        pkg.relate(DATA, dataProperties, RELS + "customXmlProps");
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(NOTE_PROPERTY, input.note().name());
        properties.put(HASH_PROPERTY, hash);
        String custom = "/docProps/custom.xml";
        pkg.part(custom, "application/vnd.openxmlformats-officedocument.custom-properties+xml",
                out -> PackageParts.customProperties(out, properties));
        pkg.relate(PackageWriter.ROOT, custom, RELS + "custom-properties");
        return pkg.finish(input.note().title(), "Bitext");
    }

    /**
     * The note's units grouped by section (or part), in order: one heading and table each. A part
     * whose only unit is its heading (全文 before its sections) opens the next group's table rather
     * than making a table of one row. A cover key's or key point's label is a unit of the XLIFF but
     * not a row: it stands in its block's row, as the note shows it.
     */
    static List<List<Unit>> groups(List<Unit> units) {
        List<List<Unit>> groups = new ArrayList<>();
        List<Unit> pending = List.of();
        for (List<Unit> group : Units.bySection(units.stream().filter(u -> !u.isLabel()).toList())) {
            List<Unit> merged = new ArrayList<>(pending);
            merged.addAll(group);
            boolean headingOnly = group.size() == 1 && group.get(0).kind().equals("heading") && group.get(0).section() == 0;
            if (headingOnly) {
                pending = merged;
            } else {
                groups.add(merged);
                pending = List.of();
            }
        }
        if (!pending.isEmpty()) {
            groups.add(pending);
        }
        return groups;
    }

    /** The review tables; returns the glossary matches of every row, for the appendix's glossary. */
    private static List<GlossaryMatch> body(WordXml xml, Input input, Comments comments, ReviewData review, int width,
                                            List<List<Unit>> groups, TermKeys keys) {
        // each block's terms, gathered once: a table must not walk the whole note's list per row
        Map<Integer, List<TermOccurrence>> termsByBlock = new HashMap<>();
        input.alignment().extraction().terms().forEach(o -> termsByBlock.computeIfAbsent(o.block(), k -> new ArrayList<>()).add(o));
        List<GlossaryMatch> matches = new ArrayList<>();
        ReviewTable.Context context = new ReviewTable.Context(input, comments, new Grid(width, ReviewTable.SHARES), review,
                termsByBlock, matches, keys);
        int number = 0;
        for (List<Unit> group : groups) {
            ReviewTable.write(xml, context, group, number++);
        }
        return matches;
    }

    /**
     * The SHA-256 of the note's bytes, which the import checks the note against: the bytes the note
     * renders to, encoded once per note and shared with the XLIFF skeleton (a lone surrogate refused,
     * as a note written back refuses it).
     */
    static String sha256(Note note) {
        MessageDigest digest = Digests.sha256();
        digest.update(note.renderBytes());
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A part the document relates to, written by {@code content}; returns the relationship's id. */
    private static String related(PackageWriter pkg, String name, String type, String relation, Consumer<OutputStream> content) {
        pkg.part(name, type, content);
        return pkg.relate(DOCUMENT, name, RELS + relation);
    }
}
