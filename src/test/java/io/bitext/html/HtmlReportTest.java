package io.bitext.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.bitext.TestNotes;
import io.bitext.check.Finding;
import io.bitext.report.TextReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
    static final String HOSTILE = "## 全文\n### 攻击 <script>document.body.dataset.pwned='1'</script>（00:00:10 - 00:01:00）\n"
            + "**Ann**：看 <img src=x onerror=\"document.body.dataset.pwned='2'\"> 与 [点我](javascript:alert(1)) 还有 CodeX & \"引号\"\n"
            + "<script>document.body.dataset.pwned='3'</script>\n";

    private static Document parse(HtmlReport.Input input) {
        return Jsoup.parse(HtmlReport.page(input));
    }

    @Test
    void everyFindingOfTheSeedHasACardAndItsPlaceMarkedInTheText() {
        HtmlReport.Input input = ReportPages.input(TestNotes.SEED);
        Document page = parse(input);
        List<Finding> findings = input.check().findings();
        assertTrue(findings.size() >= 10, "the seed has findings to show");
        Elements cards = page.select("li.finding");
        assertEquals(findings.size(), cards.size());
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            Element card = page.getElementById("f" + (i + 1));
            assertNotNull(card, "card " + (i + 1));
            assertEquals(f.severity().label(), card.attr("data-severity"));
            assertEquals(f.rule(), card.attr("data-rule"));
            assertEquals(String.valueOf(f.section()), card.attr("data-section"));
            assertTrue(card.text().contains(f.message()), card.text());
            assertEquals(TestNotes.SEED + ":" + f.location().position(), card.selectFirst("a.loc").text());
            f.replacements().forEach(r -> assertTrue(card.select(".fix q").eachText().contains(r.text()), card.outerHtml()));
            String id = String.valueOf(i + 1);
            Element mark = page.select("mark.hit").stream().filter(m -> List.of(m.attr("data-f").split(" ")).contains(id)).findFirst().orElse(null);
            if (f.location().line() > 3) { // below the front matter every finding stands in shown text
                assertNotNull(page.getElementById("m" + (i + 1)), "the place of " + f.rule() + " at " + f.location().position() + " is anchored");
                assertNotNull(mark, "the place of " + f.rule() + " at " + f.location().position() + " is marked");
                String quoted = f.location().text().isEmpty() ? "" : f.location().text();
                assertTrue(quoted.startsWith(mark.text()) && !mark.text().isEmpty() || quoted.isEmpty(),
                        "the mark covers the finding's text: '" + mark.text() + "' in '" + quoted + "'");
                assertEquals("#m" + (i + 1), card.selectFirst("a.back").attr("href"));
            }
        }
    }

    @Test
    void theSummaryLineIsTheCheckCommandsAndTheCountsMatchIt() {
        HtmlReport.Input input = ReportPages.input(TestNotes.SEED);
        Document page = parse(input);
        assertEquals(TextReport.summary(input.check(), TestNotes.SEED.toString(), input.matcher().glossary()), page.getElementById("summary").text());
        Map<io.bitext.check.Severity, Integer> counts = input.check().counts();
        for (var severity : counts.keySet()) {
            Element box = page.selectFirst("input[name=severity][value=" + severity.label() + "]");
            assertEquals(String.valueOf(counts.get(severity)), box.parent().selectFirst(".count").text());
        }
        long forbidden = input.check().findings().stream().filter(f -> f.rule().equals("glossary.forbidden")).count();
        assertEquals("glossary.forbidden (" + forbidden + ")", page.selectFirst("select[name=rule] option[value=glossary.forbidden]").text());
        assertTrue(page.getElementById("filters").hasAttr("hidden"), "without script the filters, which need it, stay hidden");
    }

    @Test
    void sectionsLinkToTheirTimeInTheVideoAndTheGlossaryIsThere() {
        Document page = parse(ReportPages.input(TestNotes.SEED));
        Element third = page.getElementById("s3");
        assertEquals("https://www.youtube.com/watch?v=RqWIvvv3SnQ&t=66s", third.selectFirst("h3 a.time").attr("href"));
        assertEquals(20, page.select("section.sec a.time").size());
        Elements glossary = page.select("#glossary tbody tr");
        assertTrue(glossary.size() > 10, glossary.text());
        assertTrue(glossary.stream().anyMatch(tr -> tr.child(0).text().equals("reasoning") && tr.child(1).text().equals("推理")), glossary.text());
        assertTrue(page.select("#glossary a[href=#s3]").size() > 0);
    }

    @Test
    void theEnglishColumnShowsTranslationsWhenImportedElseTheBlocksTerms() {
        io.bitext.note.Note note = io.bitext.note.NoteReader.read(TestNotes.SEED);
        int turn = note.sections().get(2).blocks().get(0).index();
        Document withTerms = parse(ReportPages.input(TestNotes.SEED));
        Document translated = parse(ReportPages.input(note, "seed", Map.of(turn, "At a high level, what does **reasoning** mean?"), null));
        assertTrue(withTerms.select("#s3 .row .en .term").eachText().contains("reasoning"));
        assertFalse(withTerms.select(".row .en").text().contains("保留英文"), "a term kept in English is listed bare, as in the DOCX");
        Element english = translated.selectFirst("#s3 .row .en .translation");
        assertEquals("At a high level, what does reasoning mean?", english.text());
    }

    @Test
    void withATranscriptEachSectionShowsItsStretchOfTheOriginal() {
        Path note = TestNotes.CORPUS.resolve("building-effective-agents.md");
        Path transcript = TestNotes.TRANSCRIPTS.resolve("building-effective-agents.txt");
        assumeTrue(Files.isRegularFile(note) && Files.isRegularFile(transcript), "SKIPPED: the corpus note or its transcript is absent");
        Document page = parse(ReportPages.input(io.bitext.note.NoteReader.read(note), note.toString(), Map.of(), transcript));
        Elements originals = page.select("section.sec > .row.original");
        assertEquals(page.select("section.sec").size(), originals.size());
        assertTrue(originals.select(".en p").text().contains("multi-agent"), originals.text());
        assertTrue(originals.select("u.anchor").size() > 3);
    }

    @Test
    void aHostileNoteIsShownAsTextAndCarriesNoScriptOrHandler() {
        String html = HtmlReport.page(ReportPages.input("hostile.md", HOSTILE));
        Document page = Jsoup.parse(html);
        assertEquals(1, page.select("script").size(), "only the page's own script");
        assertFalse(page.select("script").first().data().contains("pwned"));
        assertTrue(page.select("[onerror], img, iframe").isEmpty(), page.body().html());
        assertTrue(page.select("a[href^=javascript]").isEmpty());
        assertTrue(page.text().contains("<script>document.body.dataset.pwned='1'</script>"), page.text());
        assertTrue(page.text().contains("<img src=x onerror=\"document.body.dataset.pwned='2'\">"), page.text());
        assertTrue(page.text().contains("& \"引号\""), page.text());
        String policy = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertTrue(policy.startsWith("default-src 'none'") && policy.contains("script-src 'sha256-"), policy);
    }

    @Test
    void thePageNeedsNothingFromTheNetwork() {
        Document page = parse(ReportPages.input(TestNotes.SEED));
        assertTrue(page.select("link, script[src], img[src], iframe, object, embed").isEmpty());
        assertFalse(page.select("style").html().contains("url("), "no font or image fetched by the style");
        assertFalse(page.select("style").html().contains("@import"));
        assertEquals("width=device-width, initial-scale=1", page.selectFirst("meta[name=viewport]").attr("content"));
    }

    @Test
    void findingsOutsideTheTextAndOverlappingFindingsKeepTheirCards() {
        String text = "---\ntitle: x\n---\n## 全文\n### 话题（00:00:10 - 00:00:05）\n**Ann**：我们用 CodeX 和 Codex，CodeX 很好。\n";
        HtmlReport.Input input = ReportPages.input("t.md", text);
        Document page = parse(input);
        assertEquals(input.check().findings().size(), page.select("li.finding").size());
        for (Element mark : page.select("mark.hit")) {
            for (String id : mark.attr("data-f").split(" ")) {
                assertNotNull(page.getElementById("f" + id), "mark for finding " + id + " has its card");
            }
        }
    }
}
