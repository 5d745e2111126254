package io.bitext.glossary;

import io.bitext.error.BitextException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the cells of a glossary row (from TSV or CSV) into an {@link Entry} and back, with the checks
 * every format shares: known columns (an optional {@code source} is read but never written), the right number of cells, a known type, an id TBX accepts, and
 * at least one of {@code en} and {@code zh}.
 */
final class Rows {
    /** Ids become TBX {@code conceptEntry/@id}, an XML NCName. */
    private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]*");

    /** Whether {@code id} may name a concept: a letter or '_', then letters, digits, '-', '_' and '.'. */
    static boolean isValidId(String id) {
        return ID.matcher(id).matches();
    }

    private final Map<Column, Integer> index = new EnumMap<>(Column.class);
    private final int width;
    private final String file;

    /** Reads the header row; {@code file} names the file in messages. */
    Rows(List<String> header, String file) {
        this.file = file;
        this.width = header.size();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).replace("\uFEFF", "");
            Column column = Column.byHeader(name);
            if (column == null) {
                throw new BitextException(file + ":1: unknown column '" + name.strip() + "' (expected " + Column.headers() + ")");
            }
            if (index.put(column, i) != null) {
                throw new BitextException(file + ":1: column '" + column.header + "' appears twice");
            }
        }
        for (Column required : Column.REQUIRED) {
            if (!index.containsKey(required)) {
                throw new BitextException(file + ":1: the header lacks the column '" + required.header + "'");
            }
        }
    }

    Entry entry(List<String> cells, int line) {
        String where = file + ":" + line;
        if (cells.size() != width) {
            throw new BitextException(where + ": " + cells.size() + " cells where the header has " + width);
        }
        String id = cell(cells, Column.ID);
        if (!isValidId(id)) {
            throw new BitextException(where + ": id '" + id + "' must start with a letter and hold only letters, digits, '-', '_' and '.'");
        }
        String typeText = cell(cells, Column.TYPE);
        TermType type = TermType.parse(typeText);
        if (type == null) {
            throw new BitextException(where + ": unknown type '" + typeText + "' (expected one of "
                    + Arrays.stream(TermType.values()).map(TermType::label).toList() + ")");
        }
        String en = cell(cells, Column.EN);
        String zh = cell(cells, Column.ZH);
        if (en.isEmpty() && zh.isEmpty()) {
            throw new BitextException(where + ": entry '" + id + "' has neither en nor zh");
        }
        return new Entry(id, en, values(cells, Column.EN_ADMITTED), values(cells, Column.EN_FORBIDDEN), zh,
                values(cells, Column.ZH_ADMITTED), values(cells, Column.ZH_FORBIDDEN), type, cell(cells, Column.NOTE),
                cell(cells, Column.STATUS), where, cell(cells, Column.SOURCE));
    }

    private String cell(List<String> cells, Column column) {
        Integer i = index.get(column);
        return i == null ? "" : cells.get(i).strip();
    }

    private List<String> values(List<String> cells, Column column) {
        List<String> values = new ArrayList<>();
        for (String value : cell(cells, column).split(Pattern.quote(Column.SEPARATOR))) {
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }

    /** The cells of an entry in {@link Column} order. */
    static List<String> cells(Entry e) {
        return List.of(e.id(), e.en(), join(e.enAdmitted()), join(e.enForbidden()), e.zh(), join(e.zhAdmitted()),
                join(e.zhForbidden()), e.type().label(), e.note(), e.status());
    }

    private static String join(List<String> values) {
        return String.join(Column.SEPARATOR, values);
    }
}
