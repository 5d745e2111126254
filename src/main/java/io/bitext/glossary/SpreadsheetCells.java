package io.bitext.glossary;

import java.util.regex.Pattern;

/**
 * CSV cells made safe for spreadsheets, as OWASP's CSV-injection guidance says: a cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, TAB or CR is read by Excel, LibreOffice and Google Sheets
 * as a formula ({@code =HYPERLINK(…)}, {@code +cmd|…}), so it is written with a leading apostrophe,
 * which spreadsheets show as text; writers also quote every cell. Reading takes one apostrophe off
 * again, and a cell that already starts with apostrophes before such a character gets one more, so
 * that every cell reads back as it was written.
 */
final class SpreadsheetCells {
    private static final Pattern FORMULA = Pattern.compile("^'*[=+\\-@\\t\\r]");

    private SpreadsheetCells() {
    }

    static String neutralise(String cell) {
        return FORMULA.matcher(cell).find() ? "'" + cell : cell;
    }

    static String restore(String cell) {
        return cell.startsWith("'") && FORMULA.matcher(cell).find() ? cell.substring(1) : cell;
    }
}
