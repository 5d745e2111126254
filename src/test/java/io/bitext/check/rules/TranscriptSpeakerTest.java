package io.bitext.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bitext.TestCli;
import io.bitext.TestNotes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranscriptSpeakerTest {
    private static final String NOTE = "## 全文\n### 开场（00:00:01 - 00:00:20）\n**Alex**：嗨，我是 Alex，我请到我的同事。\n"
            + "**Eric**：我是 Eric，我在 Anthropic 做 multi-agent 研究。\n### 训练（00:00:21 - 00:00:40）\n"
            + "**Alex**：为什么 Claude 擅长 agent 任务？\n**Eric**：我们让 Claude 练习做 agent。\n";
    private static final String ENGLISH = "Alex: Hey, I'm Alex, I'm joined by my colleague.\n\n"
            + "Erik: I'm Erik, I work on multi-agent research here at Anthropic.\n\n"
            + "Alex: Erik, why is Claude so good at agent tasks?\n\nErik: We let Claude practice being an agent.\n";

    @TempDir
    Path dir;

    @Test
    void aSpeakerTheOriginalNamesAnotherWayIsReportedAtEveryTurn() throws Exception {
        Path note = Files.writeString(dir.resolve("n.md"), NOTE);
        Path english = Files.writeString(dir.resolve("n.txt"), ENGLISH);
        String[] r = TestCli.run("check", "--rules", "asr.transcript-mismatch", "--transcript", english.toString(), note.toString());
        assertTrue(r[1].contains("the English original never says ‘Eric’ but names ‘Erik’"), r[1]);
        assertTrue(r[1].contains("suggestion: ‘Erik’"), r[1]);
        assertFalse(r[1].contains("‘Alex’ but"), "a speaker the original names is left alone: " + r[1]);
    }

    /**
     * The corpus note whose English original calls its guest Erik: every place the note writes Eric is
     * one finding, never a safe fix, though a stretch of the original also misses the name in a turn.
     */
    @Test
    void aMisspelledSpeakerOfTheCorpusNoteIsOneFindingAtEveryPlace() throws Exception {
        Path note = TestNotes.CORPUS.resolve("building-effective-agents.md");
        Path english = TestNotes.TRANSCRIPTS.resolve("building-effective-agents.txt");
        assumeTrue(Files.isRegularFile(note) && Files.isRegularFile(english), "SKIPPED: the corpus note or its transcript is absent");
        String[] r = TestCli.run("check", "--format", "json", "--rules", "asr.transcript-mismatch", "--transcript", english.toString(),
                note.toString());
        String text = Files.readString(note);
        List<String> erics = new ArrayList<>();
        for (JsonNode finding : new ObjectMapper().readTree(r[1]).get("findings")) {
            List<JsonNode> places = new ArrayList<>(List.of(finding.get("location")));
            finding.get("also").forEach(places::add);
            if (places.stream().anyMatch(p -> p.get("text").asText().equals("Eric"))) {
                places.forEach(p -> erics.add(p.get("offset").asText()));
                assertFalse(finding.get("replacements").get(0).get("safe").asBoolean(), "a person's name is never a safe fix");
            }
        }
        List<String> written = new ArrayList<>();
        for (int at = text.indexOf("Eric"); at >= 0; at = text.indexOf("Eric", at + 1)) {
            written.add(String.valueOf(at));
        }
        assertEquals(written, erics, r[1]);
    }

    @Test
    void aSpeakerTheOriginalNamesTheSameWayIsLeftAlone() throws Exception {
        Path note = Files.writeString(dir.resolve("n.md"), NOTE.replace("Eric", "Erik"));
        Path english = Files.writeString(dir.resolve("n.txt"), ENGLISH);
        String[] r = TestCli.run("check", "--rules", "asr.transcript-mismatch", "--transcript", english.toString(), note.toString());
        assertFalse(r[1].contains("never says"), r[1]);
    }
}
