package io.bitext.outline;

import io.bitext.note.Block;
import io.bitext.note.Note;
import io.bitext.note.Section;
import io.bitext.note.TimeRange;
import java.util.List;

/**
 * One row per section of a note: what an editor scans first to see the shape of a note.
 *
 * @param note     the note's file name
 * @param title    the note's title
 * @param sections the rows
 */
public record Outline(String note, String title, List<Row> sections) {

    /**
     * @param index      1-based section number
     * @param line       line of the section heading
     * @param timeRange  {@code 00:07:20 - 00:07:59}, or null
     * @param title      the section title without its time range
     * @param part       the part (h2) it belongs to
     * @param speakers   distinct speaker labels in order of appearance
     * @param turns      number of speaker turns
     * @param characters characters of text (code points, markup and whitespace excluded)
     */
    public record Row(int index, int line, String timeRange, String title, String part, List<String> speakers,
                      int turns, int characters) {
    }

    public static Outline of(Note note) {
        List<Row> rows = note.sections().stream().map(s -> row(note, s)).toList();
        return new Outline(note.name(), note.title(), rows);
    }

    private static Row row(Note note, Section section) {
        TimeRange range = section.timeRange();
        int characters = 0;
        for (Block block : section.blocks()) {
            characters += visibleCharacters(note.plainText(block).text());
        }
        return new Row(section.index(), section.heading().span().line(), range == null ? null : range.display(),
                section.title(), section.partTitle(), section.speakers(), section.turns().size(), characters);
    }

    /** Code points that are not whitespace: a plain loop, as it runs over every character of the note. */
    private static int visibleCharacters(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!Character.isWhitespace(c)) {
                count++;
            }
            i += Character.charCount(c);
        }
        return count;
    }

    public int totalTurns() {
        return sections.stream().mapToInt(Row::turns).sum();
    }
}
