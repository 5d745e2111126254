package io.bitext.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bitext.TestNotes;
import io.bitext.TestCli;
import io.bitext.session.Setup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every finding carries its evidence and a confidence; the severity and a fix's safety follow the confidence. */
class EvidenceTest {
    private static final String NOTE = "## 全文\n### 开场（00:00:01 - 00:00:20）\n**Ann**：Meta 开源了 Llama 3.l 模型。\n"
            + "### 训练（00:00:21 - 00:00:40）\n**Ann**：我们换成了 GPT-4.0 来跑评测。\n";
    private static final String AGREES = "1\n00:00:02,000 --> 00:00:06,000\nMeta released Llama 3.1 today.\n\n"
            + "2\n00:00:22,000 --> 00:00:30,000\nWe switched to GPT-4o for the evals.\n";

    @TempDir
    Path dir;

    private Finding only(String rule, Path note, Path transcript) {
        Setup.Builder setup = Setup.builder().rules(Set.of(rule));
        if (transcript != null) {
            setup.transcript(transcript);
        }
        List<Finding> found = setup.build().open(note).check().findings();
        assertEquals(1, found.stream().filter(f -> f.rule().equals(rule)).count(), found.toString());
        return found.stream().filter(f -> f.rule().equals(rule)).findFirst().orElseThrow();
    }

    @Test
    void strongEvidenceMakesAnErrorWithASafeFix() throws Exception {
        Path note = Files.writeString(dir.resolve("n.md"), NOTE);
        Path english = Files.writeString(dir.resolve("n.srt"), AGREES);
        Finding f = Setup.builder().rules(Set.of("asr.letter-digit")).transcript(english).build().open(note).check().findings().get(0);
        assertEquals("Llama 3.l", f.location().text());
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.confidence() >= Confidence.SAFE, f.toString());
        assertNotNull(f.safeFix(), "one candidate, strong evidence: bitext fix may apply it");
        assertTrue(f.evidence().stream().anyMatch(e -> e instanceof Evidence.Catalog c && c.source().startsWith("https://")), f.toString());
        assertTrue(f.evidence().stream().anyMatch(e -> e instanceof Evidence.Place p && p.role() == Evidence.Role.CONTEXT
                && p.at().text().equals("Meta")), "the entry's organisation named nearby: " + f.evidence());
        Evidence.Original said = (Evidence.Original) f.evidence().stream().filter(Evidence.Original.class::isInstance).findFirst().orElseThrow();
        assertEquals("00:00:02", said.time(), "a timed transcript gives the cue's own time");
        assertTrue(f.message().endsWith("the English original writes it so at line " + said.transcriptLine() + " (00:00:02)"), f.message());
    }

    @Test
    void anOriginalThatWritesTheNotesFormMakesItAnInfoWithoutASafeFix() throws Exception {
        Path note = Files.writeString(dir.resolve("n.md"), NOTE);
        Path english = Files.writeString(dir.resolve("n.srt"), AGREES.replace("Llama 3.1", "Llama 3.l"));
        Finding f = Setup.builder().rules(Set.of("asr.letter-digit")).transcript(english).build().open(note).check().findings().get(0);
        assertEquals("Llama 3.l", f.location().text());
        assertEquals(Severity.INFO, f.severity(), f.toString());
        assertTrue(f.confidence() < Confidence.WARNING);
        assertNull(f.safeFix(), "weak evidence: a person decides");
        assertFalse(f.replacements().isEmpty(), "the suggestion stays, for review");
    }

    @Test
    void aSeverityTheConfigurationSetsOverridesTheConfidence() throws Exception {
        Path note = Files.writeString(dir.resolve("n.md"), NOTE);
        Path english = Files.writeString(dir.resolve("n.srt"), AGREES);
        Files.writeString(dir.resolve(CheckConfig.FILE_NAME), "rules:\n  asr.letter-digit: info\n");
        Finding f = Setup.builder().rules(Set.of("asr.letter-digit")).transcript(english).build().open(note).check().findings().get(0);
        assertEquals(Severity.INFO, f.severity());
        assertTrue(f.confidence() >= Confidence.ERROR, "the confidence is still reported: " + f);
    }

    @Test
    void aNearMissWithoutContextIsAWarningForReview() throws Exception {
        Path note = Files.writeString(dir.resolve("n.md"), "## 全文\n### 开场（00:00:01 - 00:00:20）\n**Ann**：我是 Andrej Karpaty，欢迎。\n");
        Finding f = only("asr.near-miss", note, null);
        assertEquals(Severity.WARNING, f.severity(), f.toString());
        assertNull(f.safeFix());
        assertEquals("andrej-karpathy", ((Evidence.Catalog) f.evidence().get(0)).id());
        Path english = Files.writeString(dir.resolve("n.txt"), "Ann: I'm Andrej Karpaty, welcome.\n");
        Finding heard = only("asr.near-miss", note, english);
        assertEquals(Severity.INFO, heard.severity(), "the original writes it as the note does: " + heard);
        assertNull(heard.safeFix());
        Path confirms = Files.writeString(dir.resolve("c.txt"), "Ann: I'm Andrej Karpathy, welcome.\n");
        Finding confirmed = only("asr.near-miss", note, confirms);
        assertEquals(Severity.ERROR, confirmed.severity(), confirmed.toString());
        assertNotNull(confirmed.safeFix(), "the original confirms the one candidate");
        assertTrue(confirmed.message().endsWith("the English original writes it so at line 1 (00:00:01 - 00:00:20)"), confirmed.message());
    }

    @Test
    void anUntimedTranscriptGivesItsLineAndTheSectionsTimeRange() throws Exception {
        Path note = Files.writeString(dir.resolve("n.md"), "## 全文\n### 开场（00:00:01 - 00:00:20）\n**Ann**：今天请到 Noam Shazer 来聊 Transformer。\n");
        Path english = Files.writeString(dir.resolve("n.txt"), "Ann: Hello.\n\nAnn: Today I'm joined by Noam Shazeer to talk about the Transformer.\n");
        Finding f = only("asr.transcript-mismatch", note, english);
        assertEquals("the English original writes ‘Noam Shazeer’ at line 3 (00:00:01 - 00:00:20) where the note writes ‘Noam Shazer’",
                f.message());
        Evidence.Original said = (Evidence.Original) f.evidence().get(0);
        assertEquals("n.txt", said.transcript());
        assertEquals(3, said.transcriptLine());
        assertEquals("English original ‘Noam Shazeer’ line 3 (00:00:01 - 00:00:20)", said.summary());
    }

    @Test
    void theTextReportPrintsOneEvidenceLine() throws Exception {
        Path note = Files.writeString(dir.resolve("n.md"), NOTE);
        Path english = Files.writeString(dir.resolve("n.srt"), AGREES);
        String[] r = TestCli.run("check", "--rules", "asr.letter-digit", "--transcript", english.toString(), note.toString());
        String line = r[1].lines().filter(l -> l.startsWith("    evidence: catalog Llama 3.1 <https://")).findFirst().orElseThrow(() -> new AssertionError(r[1]));
        assertTrue(line.contains("; context 3:9 ‘Meta’; English original ‘Llama 3.1’ line "), line);
        assertTrue(line.endsWith(" (00:00:02); confidence 0.98"), line);
    }

    @Test
    void jsonHasAnEvidenceArrayAndAConfidenceBesideTheFieldsItHadBefore() throws Exception {
        Path note = Files.writeString(dir.resolve("n.md"), NOTE);
        Path english = Files.writeString(dir.resolve("n.srt"), AGREES);
        String[] r = TestCli.run("check", "--format", "json", "--rules", "asr.letter-digit", "--transcript", english.toString(), note.toString());
        JsonNode f = new ObjectMapper().readTree(r[1]).path("findings").get(0);
        for (String field : List.of("rule", "severity", "category", "message", "location", "also", "section", "sectionTitle",
                "timeRange", "replacements")) {
            assertTrue(f.has(field), field + " is kept: " + f);
        }
        assertTrue(f.path("confidence").isNumber());
        JsonNode evidence = f.path("evidence");
        assertEquals("catalog", evidence.get(0).path("kind").asText());
        assertEquals("llama-3.1", evidence.get(0).path("id").asText());
        assertEquals("context", evidence.get(1).path("kind").asText());
        assertEquals(3, evidence.get(1).path("line").asInt(), "a note place keeps an excerpt's fields");
        assertEquals("Meta", evidence.get(1).path("text").asText());
        assertEquals("transcript", evidence.get(2).path("kind").asText());
        assertEquals("00:00:02", evidence.get(2).path("time").asText());
    }

    @Test
    void sarifPutsNotePlacesInRelatedLocationsAndTheRestInProperties() throws Exception {
        Path note = Files.writeString(dir.resolve("n.md"), NOTE);
        Path english = Files.writeString(dir.resolve("n.srt"), AGREES);
        String[] r = TestCli.run("check", "--format", "sarif", "--rules", "asr.letter-digit", "--transcript", english.toString(), note.toString());
        JsonNode result = new ObjectMapper().readTree(r[1]).path("runs").get(0).path("results").get(0);
        JsonNode related = result.path("relatedLocations").get(0);
        assertEquals(3, related.path("physicalLocation").path("region").path("startLine").asInt());
        assertEquals("Meta", related.path("physicalLocation").path("region").path("snippet").path("text").asText());
        JsonNode properties = result.path("properties");
        assertEquals(0.98, properties.path("confidence").asDouble(), 1e-9);
        assertEquals(List.of("catalog", "transcript"), List.of(properties.path("evidence").get(0).path("kind").asText(),
                properties.path("evidence").get(1).path("kind").asText()));
        assertEquals(98.0, result.path("rank").asDouble(), 1e-9);
    }

    @Test
    void aNameTheTitleEstablishesPointsAtTheTitle() throws Exception {
        Path note = Files.writeString(dir.resolve("n.md"), "## 封面\n- 标题：对谈 Lessie AI 创始人\n## 全文\n### 话题\n**Ann**：我是 Less AI 的创始人\n");
        Finding f = only("asr.sounds-like", note, null);
        Evidence.Place title = (Evidence.Place) f.evidence().get(0);
        assertEquals(Evidence.Role.TITLE, title.role());
        assertEquals("title line 2", title.summary());
        assertEquals("Lessie AI", title.at().text());
        assertEquals(Severity.WARNING, f.severity());
    }

    @Test
    void aNameTheOriginalWritesIsFoundWhereTheNoteWritesOrdinaryWords() throws Exception {
        Path note = Files.writeString(dir.resolve("n.md"), "## 全文\n### 开场（00:00:01 - 00:00:20）\n**Alex**：我在 Anthropic 负责 cloud relations，也讲 load balancing。\n");
        Path english = Files.writeString(dir.resolve("n.txt"), "Alex: I lead Claude Relations here at Anthropic, and I talk about load balancing.\n");
        Finding f = only("asr.transcript-mismatch", note, english);
        assertEquals("cloud relations", f.location().text());
        assertEquals("Claude Relations", f.replacements().get(0).text());
    }

    @Test
    void theRealTranscriptCatchesTheMisheardTeamName() throws Exception {
        Path transcript = TestNotes.TRANSCRIPTS.resolve("building-effective-agents.txt");
        Path note = io.bitext.TestNotes.CORPUS.resolve("building-effective-agents.md");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(transcript) && Files.isRegularFile(note),
                "the shared transcript and corpus note are absent");
        List<Finding> found = Setup.builder().rules(Set.of("asr.transcript-mismatch")).transcript(transcript).build().open(note)
                .check().findings();
        Finding team = found.stream().filter(f -> f.location().text().equals("cloud relations")).findFirst().orElseThrow(() -> new AssertionError(found));
        Evidence.Original said = (Evidence.Original) team.evidence().get(0);
        assertEquals("Claude Relations", said.english());
        assertTrue(said.transcriptLine() > 0 && said.time() != null, "an untimed transcript gives its line and the section's range: " + said);
        assertTrue(found.stream().anyMatch(f -> f.location().text().equals("Eric") && f.places().size() >= 7), "Erik at every place: " + found);
    }

    @Test
    void aListedWrongFormOfOrdinaryWordsIsLessSureAndSaysWhy() throws Exception {
        Path note = Files.writeString(dir.resolve("n.md"), "## 全文\n### 开场（00:00:01 - 00:00:20）\n**Matt**：我是 Matt Turk，DQL 很强。\n");
        List<Finding> found = Setup.builder().rules(Set.of("asr.known-variant")).build().open(note).check().findings();
        Finding turk = found.stream().filter(f -> f.location().text().equals("Matt Turk")).findFirst().orElseThrow();
        Finding dql = found.stream().filter(f -> f.location().text().equals("DQL")).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, turk.severity(), "two ordinary words may be meant as written: " + turk);
        Evidence.Word word = (Evidence.Word) turk.evidence().stream().filter(Evidence.Word.class::isInstance).findFirst().orElseThrow();
        assertTrue(word.common() && word.rank() > 0, word.toString());
        assertEquals(Severity.ERROR, dql.severity());
        assertTrue(dql.evidence().stream().noneMatch(Evidence.Word.class::isInstance));
    }
}
