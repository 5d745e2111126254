package io.bitext.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.TestCli;
import io.bitext.TestNotes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    @TempDir
    Path dir;

    @Test
    void oneNoteGivesItsPageAndTheCheckSummaryLine() throws Exception {
        Path page = dir.resolve("seed.html");
        String[] r = TestCli.run("report", TestNotes.SEED.toString(), "-o", page.toString());
        assertEquals("0", r[0], r[2]);
        String[] check = TestCli.run("check", TestNotes.SEED.toString());
        String summary = check[1].strip().lines().reduce((a, b) -> b).orElseThrow();
        assertTrue(r[1].startsWith(summary + "\n"), r[1]);
        Document html = Jsoup.parse(page.toFile(), "UTF-8");
        assertEquals(summary, html.getElementById("summary").text());
    }

    @Test
    void aFolderGivesAnIndexWithTheCrossNoteReportLinkingEachNotesPage() throws Exception {
        Path vault = Files.createDirectories(dir.resolve("v"));
        Files.copy(TestNotes.SEED, vault.resolve("a.md"));
        Files.writeString(vault.resolve("b.md"), "## 全文\n### 话题\n**Ann**：从 o1 到 reasoning（推理过程）再到 policy（策略）\n");
        Files.writeString(vault.resolve("c.md"), "## 全文\n### 话题\n**Bo**：reasoning（推理过程）与 policy（政策）\n");
        Path index = dir.resolve("out").resolve("index.html");
        String[] r = TestCli.run("report", vault.toString(), "-o", index.toString());
        assertEquals("0", r[0], r[2]);
        for (String stem : new String[] {"a", "b", "c"}) {
            assertTrue(Files.size(index.resolveSibling(stem + ".html")) > 0, stem);
        }
        Document html = Jsoup.parse(index.toFile(), "UTF-8");
        assertEquals(3, html.select("#notes tbody tr").size());
        assertEquals("a.html", html.selectFirst("#notes a").attr("href"));
        Element reasoning = html.select("#consistency tbody tr").stream().filter(tr -> tr.child(0).text().equals("reasoning"))
                .findFirst().orElseThrow();
        assertTrue(reasoning.text().contains("推理过程 in 2"), reasoning.text());
        assertEquals(java.util.Set.of("b.html", "c.html", "a.html"), new java.util.HashSet<>(reasoning.select("a").eachAttr("href")));
        assertTrue(html.select("script").isEmpty(), "the index reads without a script");
    }

    @Test
    void mistakesAreOneLineAndExitTwo() {
        String[] r = TestCli.run("report", TestNotes.SEED.toString(), TestNotes.SEED.toString(), "--transcript", "x.srt",
                "-o", dir.resolve("i.html").toString());
        assertEquals("2", r[0]);
        assertEquals("bitext: --transcript belongs to one note; give that note alone", r[2].strip());
        String[] missing = TestCli.run("report", dir.resolve("nope.md").toString(), "-o", dir.resolve("n.html").toString());
        assertEquals("2", missing[0]);
        assertEquals(1, missing[2].strip().lines().count(), missing[2]);
        assertFalse(Files.exists(dir.resolve("n.html")));
    }

    @Test
    void runWritesAPagePerNoteWhenAsked() throws Exception {
        Path out = dir.resolve("run");
        String[] r = TestCli.run("run", TestNotes.SEED.toString(), "-o", out.toString(), "--formats", "html", "--no-progress");
        assertEquals("0", r[0], r[2]);
        Path page = out.resolve("000_a3c508f15ff8c1eb.html");
        Document html = Jsoup.parse(page.toFile(), "UTF-8");
        String[] check = TestCli.run("check", TestNotes.SEED.toString(), "-g", "glossary");
        assertEquals(check[1].strip().lines().reduce((a, b) -> b).orElseThrow(), html.getElementById("summary").text());
        assertFalse(Files.exists(out.resolve("000_a3c508f15ff8c1eb.docx")));
    }
}
