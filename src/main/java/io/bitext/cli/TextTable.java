package io.bitext.cli;

import io.bitext.text.DisplayWidth;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table whose columns line up for mixed Chinese and English cells. */
final class TextTable {
    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();
    private final int[] maxWidths;

    TextTable(List<String> headers, int... maxWidths) {
        this.headers = headers;
        this.maxWidths = maxWidths;
    }

    TextTable row(Object... cells) {
        List<String> row = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i] == null ? "" : String.valueOf(cells[i]);
            int max = i < maxWidths.length ? maxWidths[i] : 0;
            row.add(max > 0 ? DisplayWidth.truncate(cell, max) : cell);
        }
        rows.add(row);
        return this;
    }

    String render() {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = DisplayWidth.of(headers.get(i));
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], DisplayWidth.of(row.get(i)));
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, headers, widths);
        List<String> rule = new ArrayList<>();
        for (int w : widths) {
            rule.add("-".repeat(w));
        }
        line(out, rule, widths);
        for (List<String> row : rows) {
            line(out, row, widths);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            line.append(i == cells.size() - 1 ? cells.get(i) : DisplayWidth.pad(cells.get(i), widths[i]) + "  ");
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
