package io.bitext.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.bitext.TestNotes;
import io.bitext.align.Aligner;
import io.bitext.align.Alignment;
import io.bitext.note.Note;
import io.bitext.note.NoteReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Each turn of a section gets its part of the section's English: by time stamps, and by content alone. */
class TurnAlignerTest {

    static TurnAlignment align(Note note, Transcript transcript) {
        Alignment alignment = Aligner.align(note);
        return TurnAligner.align(note, alignment, transcript, TranscriptAligner.align(note, alignment, transcript));
    }

    @Test
    void seedTurnsWithTheirTimeStamps() {
        Note note = NoteReader.read(TestNotes.SEED);
        TurnAlignment turns = align(note, TranscriptReader.read(Path.of("src/test/resources/transcripts/seed.srt")));
        TurnAlignment.Turn opening = turns.turn(16);
        assertEquals(1, opening.start());
        assertTrue(opening.text().startsWith("Jerry Tworek: Honestly, at the time it was mostly good at puzzles"), opening.text());
        assertTrue(opening.text().contains("There is only one time in history when AI gets built."), "both cues of the one turn");
        TurnAlignment.Turn question = turns.turn(26);
        assertTrue(question.text().startsWith("Matt Turk: Since you released o1 in September 2024"), question.text());
        assertEquals(153, question.start());
        TurnAlignment.Turn answer = turns.turn(27);
        assertTrue(answer.text().startsWith("Jerry Tworek: Language models are next token prediction machines"), answer.text());
        assertNull(turns.turn(15), "a heading has no turn of its own");
    }

    @Test
    void untimedTranscriptByAnchorsSpeakersAndLength() {
        Path shared = Files.isDirectory(Path.of("..", "shared")) ? Path.of("..", "shared") : Path.of("..", "..", "shared");
        Path notePath = shared.resolve("corpus/building-effective-agents.md");
        Path transcriptPath = shared.resolve("transcripts/building-effective-agents.txt");
        boolean present = Files.isRegularFile(notePath) && Files.isRegularFile(transcriptPath);
        if (!present) {
            System.out.println("SKIPPED: " + notePath + " or its transcript is absent");
        }
        assumeTrue(present);
        Note note = NoteReader.read(notePath);
        TurnAlignment turns = align(note, TranscriptReader.read(transcriptPath));
        assertTrue(turns.turn(17).text().startsWith("Alex: Hey, I'm Alex, I lead Claude Relations here at Anthropic."),
                "the header lines joined to the first cue are left out: " + turns.turn(17).text());
        assertEquals("Erik: I'm Erik, I work on multi-agent research here at Anthropic.", turns.turn(18).text());
        assertTrue(turns.turn(24).text().startsWith("Erik: Exactly, we do lots of RL on coding tasks"), turns.turn(24).text());
        assertEquals(-1, turns.turn(24).start(), "no time stamps in this transcript");
        TurnAlignment.Turn last = turns.turn(32);
        assertTrue(last.text().startsWith("Erik: I think that's one of the really effective ways"), last.text());
        assertTrue(last.text().length() < 2500, "the section's stretch runs to the end of the talk; the turn takes its part: " + last.text().length());
    }
}
