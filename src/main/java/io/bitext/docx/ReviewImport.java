package io.bitext.docx;

import io.bitext.error.BitextException;
import io.bitext.note.Block;
import io.bitext.note.Note;
import io.bitext.xliff.Unit;
import io.bitext.xliff.Units;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads a review document back: what the reviewer changed in the 中文 and English cells of the review
 * table, and the comments they added. Changes are found against what the export wrote (kept in the
 * document, see {@link ReviewData}); tracked changes are read as if accepted (text inserted counts,
 * text deleted does not), and the result says how many cells still held them. A Chinese edit becomes
 * the block's new text in the note, merged through the note's skeleton as an XLIFF merge is, so every
 * other byte of the note stays; an English edit becomes the unit's translation.
 *
 * <pre>{@code
 * ReviewImport.Review review = ReviewImport.open(Files.readAllBytes(docx), "reviewed.docx");
 * ReviewImport.Result result = review.merge(NoteReader.read(Path.of(review.noteName())), Map.of());
 * Files.write(notePath, result.bytes());
 * }</pre>
 */
public final class ReviewImport {

    /** A comment the reviewer left: on which unit's row (null outside the table), by whom, what it says. */
    public record Comment(String unit, String author, String text) {
    }

    /**
     * @param note        the note as it was
     * @param text        the note with the Chinese edits merged
     * @param chinese     unit id → its block's new text, for the units the reviewer changed in Chinese
     * @param english     unit id → its new English, for the units the reviewer changed in English
     * @param comments    the reviewer's comments, in the document's order, and text added to the comments column
     * @param tracked     how many changed cells still held tracked changes (read as accepted)
     * @param problems    edits that could not be taken, one line each
     */
    public record Result(Note note, String text, Map<String, String> chinese, Map<String, String> english,
                         List<Comment> comments, int tracked, List<String> problems) {

        public byte[] bytes() {
            return note.encoding().encode(text);
        }
    }

    private ReviewImport() {
    }

    /** The returned document, opened: the note it was exported from, and its rows. */
    public static final class Review {
        private final String name;
        private final XWPFDocument document;
        private final ReviewData data;

        private Review(String name, XWPFDocument document, ReviewData data) {
            this.name = name;
            this.document = document;
            this.data = data;
        }

        /** The file name of the note the document was exported from. */
        public String noteName() {
            return data.note();
        }

        /**
         * Merges the reviewer's edits into {@code note}, refusing a note other than the one exported.
         *
         * @param translations unit id → the unit's current English (an imported XLIFF's targets), whose
         *                     marks an English edit keeps
         */
        public Result merge(Note note, Map<String, String> translations) {
            if (!DocxExport.sha256(note).equals(data.sha256())) {
                throw new BitextException(name + ": exported from another version of " + data.note()
                        + (data.note().equals(note.name()) ? "" : " (not from " + note.name() + ")")
                        + "; export the review again from the current note");
            }
            Map<String, Unit> units = new HashMap<>();
            Units.of(note).forEach(u -> units.put(u.id(), u));
            Map<Integer, String> replacements = new HashMap<>();
            Map<String, String> chinese = new LinkedHashMap<>();
            Map<String, String> english = new LinkedHashMap<>();
            List<Comment> comments = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            Map<String, String> rowOfComment = new HashMap<>();
            int tracked = 0;
            for (XWPFTable table : document.getTables()) {
                for (XWPFTableRow row : table.getRows()) {
                    if (row.getTableCells().size() != ReviewTable.HEADER.length) {
                        continue;
                    }
                    String id = CellText.of(row.getCell(0).getCTTc().getDomNode()).text().strip();
                    ReviewData.Row exported = data.rows().get(id);
                    Unit unit = units.get(id);
                    if (exported == null || unit == null) {
                        continue; // the header, the appendix
                    }
                    commentIds(row.getCtRow().getDomNode(), id, rowOfComment);
                    CellText.Read zh = CellText.of(row.getCell(1).getCTTc().getDomNode());
                    CellText.Read en = CellText.of(row.getCell(2).getCTTc().getDomNode());
                    CellText.Read status = CellText.of(row.getCell(3).getCTTc().getDomNode());
                    Block block = note.blocks().get(unit.block());
                    if (!zh.text().equals(exported.chinese())) {
                        tracked += zh.tracked() ? 1 : 0;
                        String text = chinese(note, block, exported.chinese(), zh.text(), problems, id);
                        if (text != null) {
                            replacements.put(block.index(), text);
                            chinese.put(id, text);
                        }
                    }
                    if (!en.text().equals(exported.englishText())) {
                        tracked += en.tracked() ? 1 : 0;
                        english.put(id, english(exported, translations.get(id), en.text()));
                    }
                    if (!status.text().equals(exported.status()) && status.text().startsWith(exported.status())) {
                        comments.add(new Comment(id, "comments column", status.text().substring(exported.status().length()).strip()));
                    } else if (!status.text().equals(exported.status())) {
                        comments.add(new Comment(id, "comments column", status.text()));
                    }
                }
            }
            comments.addAll(0, reviewerComments(rowOfComment));
            return new Result(note, note.skeleton().render(replacements), chinese, english, comments, tracked, problems);
        }

        private List<Comment> reviewerComments(Map<String, String> rowOfComment) {
            List<Comment> found = new ArrayList<>();
            if (document.getDocComments() == null) {
                return found;
            }
            for (XWPFComment comment : document.getDocComments().getComments()) {
                if (!Comments.AUTHOR.equals(comment.getAuthor())) {
                    found.add(new Comment(rowOfComment.get(comment.getId()), comment.getAuthor(), comment.getText().strip()));
                }
            }
            return found;
        }
    }

    /** Opens a returned document; a file that is not a Bitext review is refused. */
    public static Review open(byte[] docx, String name) {
        XWPFDocument document;
        try {
            document = new XWPFDocument(new ByteArrayInputStream(docx));
        } catch (IOException | RuntimeException e) {
            String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
            throw new BitextException(name + ": not a readable DOCX (" + why + ")", e);
        }
        List<PackagePart> parts;
        try {
            parts = document.getPackage().getParts();
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new BitextException(name + ": not a readable DOCX (" + e.getMessage() + ")", e);
        }
        for (PackagePart part : parts) {
            String partName = part.getPartName().getName();
            if (partName.startsWith("/customXml/item") && !partName.contains("Props") && !partName.endsWith(".rels")) {
                try (InputStream in = part.getInputStream()) {
                    ReviewData data = ReviewData.read(in, name + partName);
                    if (data != null) {
                        return new Review(name, document, data);
                    }
                } catch (IOException e) {
                    throw new BitextException(name + ": cannot be read (" + e.getMessage() + ")", e);
                }
            }
        }
        throw new BitextException(name + ": not a review document exported by bitext export --docx (its review data is missing)");
    }

    /** The block's new text: the cell's edit carried into the block's marked-up text. */
    private static String chinese(Note note, Block block, String exported, String edited, List<String> problems, String id) {
        String label = ReviewTable.label(block);
        String prefix = label == null ? "" : label + "：";
        if (!edited.startsWith(prefix)) {
            problems.add("unit " + id + ": the label ‘" + label + "’ is not edited in the review; the edit of the text after it is kept");
            int colon = edited.indexOf('：');
            edited = colon >= 0 && !prefix.isEmpty() ? edited.substring(colon + 1) : edited;
        } else {
            edited = edited.substring(prefix.length());
        }
        var shown = RichText.visible(note.text(), block.inlines(), block.text().offset(), block.text().end());
        if (!(prefix + shown.text()).equals(exported)) {
            problems.add("unit " + id + ": the row does not show the note's text; the edit is not taken");
            return null;
        }
        return PlainEdit.apply(block.text().cut(note.text()), shown, block.text().offset(), edited);
    }

    /** The unit's new English: an edited translation keeps its marks; any other edit is the translation as typed. */
    private static String english(ReviewData.Row exported, String translation, String edited) {
        if (EnglishColumn.Source.TRANSLATION.code.equals(exported.english()) && translation != null
                && Markup.strip(translation).equals(exported.englishText())) {
            return PlainEdit.apply(translation, Markup.visible(translation), 0, edited);
        }
        return edited;
    }

    /** Records, for each comment id that starts or is referenced in the row, the row's unit. */
    private static void commentIds(org.w3c.dom.Node node, String unit, Map<String, String> rowOfComment) {
        for (org.w3c.dom.Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == org.w3c.dom.Node.ELEMENT_NODE) {
                String local = child.getLocalName();
                if ("commentRangeStart".equals(local) || "commentReference".equals(local)) {
                    String id = ((org.w3c.dom.Element) child).getAttributeNS(WordXml.W, "id");
                    rowOfComment.putIfAbsent(id, unit);
                }
                commentIds(child, unit, rowOfComment);
            }
        }
    }
}
