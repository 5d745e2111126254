package io.bitext.glossary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The glossary as the CSV CAT tools import: columns {@code zh-CN,en,note} (source, target, note), one
 * row per Chinese form (or English form a note keeps as it is), the preferred English as target, and the
 * type, forbidden forms and usage note as the note. OmegaT reads it from a project's {@code glossary/}
 * folder; memoQ, Trados MultiTerm and Phrase map the three columns on import. The header names the
 * languages, which is what those tools match columns by. Cells are neutralised for spreadsheets (see
 * {@link SpreadsheetCells}).
 *
 * <pre>{@code
 * Files.writeString(Path.of("glossary.csv"), CatCsvGlossary.write(glossary.entries()));
 * }</pre>
 */
public final class CatCsvGlossary {
    static final List<String> HEADER = List.of(TbxGlossary.ZH_LANG, "en", "note");

    private CatCsvGlossary() {
    }

    public static String write(List<Entry> entries) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).build())) {
            printer.printRecord(HEADER);
            for (List<String> row : OmegaTGlossary.rows(entries)) {
                printer.printRecord(row.stream().map(SpreadsheetCells::neutralise).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
