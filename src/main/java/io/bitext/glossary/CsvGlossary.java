package io.bitext.glossary;

import io.bitext.error.BitextException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * The whole glossary as RFC 4180 CSV with the same columns as the TSV, for spreadsheets and for
 * {@code bitext glossary import}; CAT tools take {@link CatCsvGlossary}'s three columns instead. Cells
 * that a spreadsheet would run as formulas are neutralised (see {@link SpreadsheetCells}).
 */
public final class CsvGlossary {

    private CsvGlossary() {
    }

    public static String write(List<Entry> entries) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).build())) {
            printer.printRecord(Column.headers());
            for (Entry entry : entries) {
                printer.printRecord(Rows.cells(entry).stream().map(SpreadsheetCells::neutralise).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static List<Entry> parse(String text, String file) {
        List<Entry> entries = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            Rows rows = null;
            for (CSVRecord record : parser) {
                List<String> cells = record.stream().map(SpreadsheetCells::restore).toList();
                if (cells.size() == 1 && cells.get(0).isBlank()) {
                    continue;
                }
                if (rows == null) {
                    rows = new Rows(cells, file);
                } else {
                    entries.add(rows.entry(cells, (int) parser.getCurrentLineNumber()));
                }
            }
            if (rows == null) {
                throw new BitextException(file + ": no header row");
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new BitextException(file + ": not valid CSV (" + e.getMessage() + ")", e);
        }
        return entries;
    }
}
