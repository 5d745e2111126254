package io.bitext.glossary;

import java.util.List;

/** The columns of a glossary file, in the order Bitext writes them. */
enum Column {
    ID("id"), EN("en"), EN_ADMITTED("en_admitted"), EN_FORBIDDEN("en_forbidden"), ZH("zh"), ZH_ADMITTED("zh_admitted"),
    ZH_FORBIDDEN("zh_forbidden"), TYPE("type"), NOTE("note"), STATUS("status"),
    /** Optional, read but not written: the URL a catalog row's spelling was checked against. */
    SOURCE("source");

    /** Several values in one cell are separated by this. */
    static final String SEPARATOR = "|";
    static final List<Column> REQUIRED = List.of(ID, EN, ZH, TYPE);

    final String header;

    Column(String header) {
        this.header = header;
    }

    static Column byHeader(String header) {
        for (Column column : values()) {
            if (column.header.equals(header.strip())) {
                return column;
            }
        }
        return null;
    }

    /** The columns Bitext writes; files it appends to keep their width, so {@link #SOURCE} is left out. */
    static List<String> headers() {
        return java.util.Arrays.stream(values()).filter(c -> c != SOURCE).map(c -> c.header).toList();
    }
}
