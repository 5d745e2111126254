package io.bitext.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeRangeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "### 开场（00:07:20 - 00:07:59）|开场|440|479",
        "### 开场 (07:20-07:59)|开场|440|479",
        "### 长谈（1:02:03 – 1:04:00）|长谈|3723|3840",
        "### 什么是 reasoning（推理）（00:01:06 - 00:02:31）|什么是 reasoning（推理）|66|151",
        "### 两段（00:00:01 - 00:00:02）（00:10:00—00:11:00）|两段（00:00:01 - 00:00:02）|600|660",
        "### 波浪（00:01:00 ~ 00:02:00）|波浪|60|120",
    })
    void parsesTheLastRange(String heading, String title, int start, int end) {
        Section section = NoteReader.parse("t.md", heading + "\n\ntext\n").sections().get(0);
        assertEquals(title, section.title());
        assertEquals(start, section.timeRange().startSeconds());
        assertEquals(end, section.timeRange().endSeconds());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "### 坏的（00:61:00 - 00:00:10）",
        "### 没有时间",
        "### 只有一个（00:01:00）",
    })
    void keepsTheHeadingWhenThereIsNoUsableRange(String heading) {
        Section section = NoteReader.parse("t.md", heading + "\n").sections().get(0);
        assertNull(section.timeRange());
        assertEquals(heading.substring(4), section.title());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"01:02:03|3723", "7:05|425", "00:00|0"})
    void parsesStamps(String stamp, int seconds) {
        assertEquals(seconds, TimeRange.parseStamp(stamp).orElseThrow());
    }

    @org.junit.jupiter.api.Test
    void reportsReversedRangesAsUnordered() {
        Section s = NoteReader.parse("t.md", "### x（00:10:00 - 00:09:00）\n").sections().get(0);
        assertEquals(false, s.timeRange().isOrdered());
    }

    @org.junit.jupiter.api.Test
    void formatsAsZeroPaddedFields() {
        for (int seconds : new int[] {0, 5, 59, 60, 61, 599, 3599, 3600, 36_000, 359_999, 360_000, 400_000}) {
            org.junit.jupiter.api.Assertions.assertEquals(
                    String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60), TimeRange.format(seconds));
        }
    }
}
