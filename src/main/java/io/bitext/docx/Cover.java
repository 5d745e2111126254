package io.bitext.docx;

import io.bitext.note.Block;
import io.bitext.note.BlockKind;
import io.bitext.note.Note;
import io.bitext.note.Part;
import io.bitext.note.PartRole;
import io.bitext.note.Section;
import io.bitext.xliff.Unit;
import java.util.List;

/**
 * The first page: the note's title, its cover data that is not translated (links, dates), how to
 * review the document, and a contents list whose entries link to the headings. The list is written
 * out, not a field: nothing asks to be updated when the document opens.
 */
final class Cover {
    private static final String HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

    private Cover() {
    }

    static void write(WordXml xml, DocxExport.Input input, PackageWriter pkg, List<List<Unit>> groups) {
        Note note = input.note();
        xml.paragraph(Styles.TITLE, note.title());
        xml.start("p").styledRun(Styles.META, "双语审校 Bilingual review · " + note.name() + " · "
                + groups.stream().mapToInt(List::size).sum() + " units").end();
        for (Part part : note.parts()) {
            if (part.role() == PartRole.COVER) {
                entries(xml, note, part, pkg);
            }
        }
        xml.paragraph(Styles.HEADING_3, "如何审校 How to review");
        xml.paragraph(null, "在“中文”或“English”列中直接修改文字，在任意位置插入批注，然后用 bitext import 读回。"
                + "Edit the text of the 中文 or English column, add comments anywhere, and read the file back with "
                + "bitext import FILE.docx. Leave the ID column as it is; tracked changes are read as if accepted.");
        xml.paragraph(Styles.HEADING_1, "目录 Contents");
        for (int g = 0; g < groups.size(); g++) {
            Unit first = groups.get(g).get(groups.get(g).size() - 1);
            Section section = first.section() > 0 ? note.sections().get(first.section() - 1) : null;
            xml.start("p");
            if (section != null) {
                xml.start("pPr").empty("spacing").attr("after", 0).empty("ind").attr("left", 360).end();
            }
            xml.start("hyperlink").attr("anchor", ReviewTable.bookmark(g)).attr("history", 1);
            xml.run((section != null ? "§" + section.index() + "  " : "") + ReviewTable.title(first, section));
            xml.end().end();
        }
    }

    /** The cover list's entries that are not translation units: key in bold, a link's value as a hyperlink. */
    private static void entries(WordXml xml, Note note, Part part, PackageWriter pkg) {
        for (Block block : part.blocks()) {
            String value = block.text().cut(note.text()).strip();
            if (block.kind() != BlockKind.COVER_ENTRY || "标题".equals(block.label())
                    || value.codePoints().anyMatch(io.bitext.text.Script::isHan)) {
                continue; // the title heads the page; entries in Chinese are rows of the review table
            }
            xml.start("p").run(block.label() + "：", "b");
            if (value.matches("https?://\\S+")) {
                String id = pkg.relateExternal("/word/document.xml", value, HYPERLINK);
                xml.start("hyperlink").relAttr("id", id).start("r").start("rPr").val("color", "0563C1")
                        .val("u", "single").end().text(value).end().end();
            } else {
                xml.run(value);
            }
            xml.end();
        }
    }
}
