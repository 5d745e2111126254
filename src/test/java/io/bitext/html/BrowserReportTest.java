package io.bitext.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.TestCli;
import io.bitext.TestNotes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report in a real browser: every finding is on the page once its script ran, the filters (set
 * from the address, as a reader's bookmark would) change what is visible, a hostile note's script
 * does not run, and the page is photographed at 1280×800 and at a phone's size into
 * {@code target/report-screenshots/} for a person to look at.
 */
class BrowserReportTest {
    private static final Path SHOTS = Path.of("target", "report-screenshots");

    @TempDir
    Path dir;

    @BeforeEach
    void needsChromium() {
        Chromium.assumeInstalled();
    }

    private Path report(Path note, String name, String... more) {
        Path page = dir.resolve(name + ".html");
        List<String> args = new java.util.ArrayList<>(List.of("report", note.toString(), "-o", page.toString()));
        args.addAll(List.of(more));
        String[] r = TestCli.run(args.toArray(String[]::new));
        assertEquals("0", r[0], r[2]);
        return page;
    }

    private static Document dom(Path page, String fragment) throws Exception {
        return Jsoup.parse(Chromium.dumpDom(page, fragment));
    }

    private static List<Element> visible(Elements cards) {
        return cards.stream().filter(c -> !c.hasAttr("hidden")).toList();
    }

    @Test
    void theSeedsReportShowsEveryFindingAndItsFiltersWork() throws Exception {
        Path page = report(TestNotes.SEED, "seed");
        Document all = dom(page, "");
        Elements cards = all.select("li.finding");
        int total = cards.size();
        assertTrue(total >= 10, "findings on the page: " + total);
        for (int id = 1; id <= total; id++) {
            assertFalse(all.getElementById("f" + id).hasAttr("hidden"), "finding " + id + " is visible");
        }
        assertFalse(all.getElementById("filters").hasAttr("hidden"), "the script shows the filter bar");
        assertEquals("showing " + total + " of " + total + " findings", all.getElementById("status").text());

        Document errors = dom(page, "#severity=error");
        List<Element> shown = visible(errors.select("li.finding"));
        long errorCount = cards.stream().filter(c -> c.attr("data-severity").equals("error")).count();
        assertEquals(errorCount, shown.size());
        assertTrue(shown.stream().allMatch(c -> c.attr("data-severity").equals("error")));
        assertTrue(shown.size() < total, "the filter hides the warnings and infos");
        assertEquals("showing " + errorCount + " of " + total + " findings", errors.getElementById("status").text());
        for (Element mark : errors.select("mark.hit")) {
            boolean anError = List.of(mark.attr("data-f").split(" ")).stream()
                    .anyMatch(id -> errors.getElementById("f" + id).attr("data-severity").equals("error"));
            assertEquals(!anError, mark.hasClass("off"), "a mark stays lit only for a visible finding: " + mark.outerHtml());
        }

        Document section = dom(page, "#rule=glossary.forbidden&section=11");
        List<Element> inSection = visible(section.select("li.finding"));
        assertFalse(inSection.isEmpty());
        assertTrue(inSection.stream().allMatch(c -> c.attr("data-rule").equals("glossary.forbidden") && c.attr("data-section").equals("11")));
        assertTrue(section.select("section.sec").stream().allMatch(s -> s.hasAttr("hidden") != s.id().equals("s11")),
                "only §11 is shown");
        photograph(page, "seed");
    }

    @Test
    void aCorpusNotesReportWithItsTranscriptShowsEveryFinding() throws Exception {
        Path note = TestNotes.corpus().stream().filter(p -> p.getFileName().toString().equals("building-effective-agents.md")).findFirst()
                .orElseThrow();
        Path transcript = TestNotes.TRANSCRIPTS.resolve("building-effective-agents.txt");
        Path page = Files.isRegularFile(transcript) ? report(note, "agents", "--transcript", transcript.toString()) : report(note, "agents");
        Document all = dom(page, "");
        Elements cards = all.select("li.finding");
        assertFalse(cards.isEmpty(), "the corpus note has findings");
        assertEquals(cards.size(), visible(cards).size());
        if (Files.isRegularFile(transcript)) {
            assertFalse(all.select(".row.original u.anchor").isEmpty(), "each section shows its English original");
        }
        String firstSection = all.selectFirst("section.sec").attr("data-section");
        Document one = dom(page, "#section=" + firstSection);
        assertTrue(visible(one.select("li.finding")).stream().allMatch(c -> c.attr("data-section").equals(firstSection)));
        assertEquals(1, one.select("section.sec").stream().filter(s -> !s.hasAttr("hidden")).count());
        photograph(page, "agents");
    }

    @Test
    void aHostileNotesScriptDoesNotRun() throws Exception {
        Path note = dir.resolve("hostile.md");
        Files.writeString(note, HtmlReportTest.HOSTILE);
        Path page = report(note, "hostile");
        Document dom = dom(page, "");
        assertFalse(dom.body().hasAttr("data-pwned"), "a note's script or handler ran: " + dom.body().attributes());
        assertTrue(dom.body().hasClass("js"), "the page's own script did run");
        assertTrue(dom.text().contains("<script>document.body.dataset.pwned='1'</script>"), "the note's script is shown as text");
        assertTrue(dom.select("img").isEmpty());
    }

    private static void photograph(Path page, String name) throws Exception {
        Files.createDirectories(SHOTS);
        for (int[] size : new int[][] {{1280, 800}, {390, 844}}) {
            Path png = Chromium.screenshot(page, "", size[0], size[1], SHOTS.resolve(name + "-" + size[0] + "x" + size[1] + ".png"));
            assertTrue(Files.size(png) > 10_000, png + " holds a picture");
        }
    }
}
