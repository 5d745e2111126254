package io.bitext.glossary;

import io.bitext.error.BitextException;
import java.util.ArrayList;
import java.util.List;

/**
 * The glossary's own format: UTF-8, tab-separated, a header row, one concept per row, several values
 * in a cell separated by {@code |}; blank lines and lines starting with {@code #} are skipped. There is
 * no quoting: a tab or a line break cannot stand in a value, and the writer refuses one.
 */
public final class TsvGlossary {

    private TsvGlossary() {
    }

    /** Parses one file's text; {@code file} names it in error messages. */
    public static List<Entry> parse(String text, String file) {
        List<Entry> entries = new ArrayList<>();
        Rows rows = null;
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = List.of(line.split("\t", -1));
            if (rows == null) {
                rows = new Rows(cells, file);
            } else {
                entries.add(rows.entry(cells, i + 1));
            }
        }
        if (rows == null) {
            throw new BitextException(file + ": no header row (expected " + String.join("\\t", Column.headers()) + ")");
        }
        return entries;
    }

    public static String write(List<Entry> entries) {
        StringBuilder out = new StringBuilder(String.join("\t", Column.headers())).append('\n');
        for (Entry entry : entries) {
            out.append(row(entry)).append('\n');
        }
        return out.toString();
    }

    /** One entry as a TSV line without its line break. */
    public static String row(Entry entry) {
        List<String> cells = Rows.cells(entry);
        for (String cell : cells) {
            if (cell.indexOf('\t') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                throw new BitextException("entry '" + entry.id() + "': a tab or line break cannot be written to TSV");
            }
        }
        return String.join("\t", cells);
    }
}
