package io.bitext.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.error.BitextException;
import io.bitext.TestCli;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptReaderTest {
    static final Path DIR = Path.of("src", "test", "resources", "transcripts");

    @Test
    void srtCuesWithSpeakers() {
        Transcript srt = TranscriptReader.read(DIR.resolve("seed.srt"));
        assertEquals("srt", srt.format());
        assertEquals(25, srt.cues().size());
        Cue first = srt.cues().get(0);
        assertEquals(1, first.start());
        assertEquals(14, first.end());
        assertEquals("Jerry Tworek", first.speaker());
        assertTrue(first.text().startsWith("Honestly, at the time"));
        assertEquals(4521, srt.cues().get(24).start()); // 01:15:21
    }

    @Test
    void webVttWithVoices() {
        Transcript vtt = TranscriptReader.read(DIR.resolve("short.vtt"));
        assertEquals("vtt", vtt.format());
        assertEquals(List.of("Jerry Tworek", "Matt Turk"), vtt.cues().stream().map(Cue::speaker).toList());
        assertEquals("o3 felt like a tectonic shift.", vtt.cues().get(0).text());
    }

    @Test
    void stampedTextInEveryCommonShape() {
        Transcript stamped = TranscriptReader.read(DIR.resolve("stamped.txt"));
        assertEquals("stamped", stamped.format());
        assertEquals(List.of(1, 33, 67, 153, 3723), stamped.cues().stream().map(Cue::start).toList());
        assertEquals("Matt Turk", stamped.cues().get(2).speaker());
        assertEquals("You released o1 and chain of thought.", stamped.cues().get(3).text());
        assertTrue(stamped.timed(), "the title line before the first stamp is not a cue");
    }

    @Test
    void plainTextParagraphs() {
        Transcript plain = TranscriptReader.read(DIR.resolve("plain.txt"));
        assertEquals("plain", plain.format());
        assertEquals(3, plain.cues().size());
        assertFalse(plain.timed());
        assertEquals("Matt Turk", plain.cues().get(1).speaker());
    }

    @Test
    void badInputIsOneClearLine() {
        BitextException stamp = assertThrows(BitextException.class, () -> TranscriptReader.read(DIR.resolve("bad-stamp.txt")));
        assertEquals("bad-stamp.txt:2: time stamp '12:75' is not a time ([12:75] Jerry: not a time)", stamp.getMessage());
        assertThrows(BitextException.class, () -> TranscriptReader.parse("empty.srt", "\n\n"));
        String[] r = TestCli.run("align", "seeds/000_a3c508f15ff8c1eb.txt", "--transcript", DIR.resolve("missing.srt").toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("missing.srt: no such file"), r[2]);
    }

    @Test
    void aTextTranscriptsCommentHeaderIsNotPartOfWhatWasSaid() {
        Transcript plain = TranscriptReader.parse("t.txt", "# English original of note.md: a talk\n# timestamps: none\n"
                + "Alex: Hey, I'm Alex.\n\nErik: I'm Erik. # not a header mid-line\n");
        assertEquals(List.of("Alex", "Erik"), plain.cues().stream().map(Cue::speaker).toList());
        assertEquals(false, plain.cues().get(0).text().contains("English original"), plain.cues().get(0).text());
        assertEquals(3, plain.cues().get(0).line());
    }
}
