package io.bitext.docx;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.bitext.TestNotes;
import io.bitext.align.Aligner;
import io.bitext.align.Alignment;
import io.bitext.check.CheckConfig;
import io.bitext.check.CheckResult;
import io.bitext.check.Checker;
import io.bitext.glossary.Glossary;
import io.bitext.glossary.GlossaryMatcher;
import io.bitext.note.Note;
import io.bitext.note.NoteReader;
import io.bitext.transcript.Transcript;
import io.bitext.transcript.TranscriptAligner;
import io.bitext.transcript.TranscriptAlignment;
import io.bitext.transcript.TranscriptReader;
import io.bitext.transcript.TurnAligner;
import io.bitext.xliff.Merge;
import io.bitext.xliff.PseudoTranslation;
import io.bitext.xliff.Units;
import io.bitext.xliff.XliffExport;
import io.bitext.xliff.XliffReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review document as LibreOffice renders it, read back from the PDF with the position of every
 * word: the body's columns start where the header's do, each turn's English stands in the turn's row,
 * and the comments are there (LibreOffice exports them as PDF text annotations).
 */
class ReviewRenderTest {
    /** The shared folder beside the project (or beside the folder of worktrees it stands in). */
    static final Path SHARED = Files.isDirectory(Path.of("..", "shared")) ? Path.of("..", "shared") : Path.of("..", "..", "shared");
    static final Path BEA = SHARED.resolve("corpus").resolve("building-effective-agents.md");
    static final Path BEA_TRANSCRIPT = SHARED.resolve("transcripts").resolve("building-effective-agents.txt");
    static Glossary glossary;
    static final Map<String, CheckResult> CHECKS = new HashMap<>();

    @TempDir
    static Path dir;

    /** A word of the PDF: its page, left edge, top, text. */
    record Word(int page, double x, double y, String text) {
    }

    @BeforeAll
    static void setUp() throws Exception {
        boolean present = new ProcessBuilder("sh", "-c", "command -v soffice && command -v pdftotext").start().waitFor() == 0;
        if (!present) {
            System.out.println("SKIPPED: LibreOffice (soffice) or pdftotext is not installed; the review DOCX is not rendered");
        }
        assumeTrue(present, "soffice and pdftotext absent");
        glossary = Glossary.load(Path.of("glossary"));
        Note seed = NoteReader.read(TestNotes.SEED);
        write("seed", seed, Map.of(), null);
        write("seed-transcript", seed, Map.of(), TranscriptReader.read(Path.of("src/test/resources/transcripts/seed.srt")));
        byte[] xlf = XliffExport.write(seed, seed.renderBytes(), GlossaryMatcher.of(glossary), "1.2", "en", PseudoTranslation.of(Units.of(seed)));
        Merge merge = Merge.of(XliffReader.read(new ByteArrayInputStream(xlf), "seed.xlf"), "seed.xlf");
        Map<Integer, String> translated = new HashMap<>();
        merge.targets().forEach((id, text) -> {
            if (!id.endsWith("-label")) { // a cover key or key-point label is a unit of its own, not a row
                translated.put(Integer.parseInt(id.substring(1)), text);
            }
        });
        write("seed-xliff", seed, translated, null);
        boolean corpus = Files.isRegularFile(BEA) && Files.isRegularFile(BEA_TRANSCRIPT);
        if (corpus) {
            write("bea", NoteReader.read(BEA), Map.of(), TranscriptReader.read(BEA_TRANSCRIPT));
        }
        List<String> command = new ArrayList<>(List.of("soffice", "--headless", "-env:UserInstallation=file://" + dir.resolve("profile"),
                "--convert-to", "pdf:writer_pdf_Export:{\"ExportNotes\":{\"type\":\"boolean\",\"value\":\"true\"}}",
                "--outdir", dir.toString()));
        for (String name : corpus ? List.of("seed", "seed-transcript", "seed-xliff", "bea") : List.of("seed", "seed-transcript", "seed-xliff")) {
            command.add(dir.resolve(name + ".docx").toString());
        }
        Process convert = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(convert.waitFor(600, TimeUnit.SECONDS), "LibreOffice finished");
    }

    private static void write(String name, Note note, Map<Integer, String> translations, Transcript transcript) throws Exception {
        Alignment alignment = Aligner.align(note);
        CheckResult check = new Checker(glossary).check(note, alignment, CheckConfig.defaults(), null);
        CHECKS.put(name, check);
        TranscriptAlignment sections = transcript == null ? null : TranscriptAligner.align(note, alignment, transcript);
        var turns = transcript == null ? null : TurnAligner.align(note, alignment, transcript, sections);
        Files.write(dir.resolve(name + ".docx"), DocxExport.write(new DocxExport.Input(note, alignment, check,
                GlossaryMatcher.of(glossary), translations, sections, turns), false));
    }

    static List<Word> words(String name) throws Exception {
        Process text = new ProcessBuilder("pdftotext", "-bbox", dir.resolve(name + ".pdf").toString(), "-").start();
        String html = new String(text.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        List<Word> words = new ArrayList<>();
        int page = 0;
        Matcher m = Pattern.compile("<page |<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\"[^>]*>([^<]*)</word>").matcher(html);
        while (m.find()) {
            if (m.group(1) == null) {
                page++;
            } else {
                words.add(new Word(page, Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), m.group(3)));
            }
        }
        return words;
    }

    /** The contents of the PDF's text annotations (UTF-16 in hex, as LibreOffice writes them). */
    static List<String> annotations(String name) throws Exception {
        String pdf = new String(Files.readAllBytes(dir.resolve(name + ".pdf")), StandardCharsets.ISO_8859_1);
        List<String> notes = new ArrayList<>();
        Matcher m = Pattern.compile("/Subtype\\s*/Text[^>]*?/Contents\\s*<FEFF([0-9A-Fa-f]*)>").matcher(pdf);
        while (m.find()) {
            notes.add(new String(java.util.HexFormat.of().parseHex(m.group(1)), StandardCharsets.UTF_16BE));
        }
        return notes;
    }

    static CheckResult check(String name) {
        return CHECKS.get(name);
    }

    static String text(String name) throws Exception {
        Process text = new ProcessBuilder("pdftotext", dir.resolve(name + ".pdf").toString(), "-").start();
        return new String(text.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    /** The first word with this text whose next words continue it (the last one may go on), e.g. the start of a cell. */
    static Word find(List<Word> words, String... sequence) {
        for (int i = 0; i + sequence.length <= words.size(); i++) {
            boolean all = true;
            for (int k = 0; k < sequence.length && all; k++) {
                String word = words.get(i + k).text();
                all = k == sequence.length - 1 ? word.startsWith(sequence[k]) : word.equals(sequence[k]);
            }
            if (all) {
                return words.get(i);
            }
        }
        throw new AssertionError("not in the PDF: " + String.join(" ", sequence));
    }

    /** The header row's word for the column (on the line of the header's "ID"), on the same page, nearest above. */
    static Word header(List<Word> words, Word below, String label) {
        return words.stream().filter(w -> w.page() == below.page() && w.text().equals(label) && w.y() < below.y()
                        && words.stream().anyMatch(id -> id.page() == w.page() && id.text().equals("ID") && Math.abs(id.y() - w.y()) < 6))
                .max(java.util.Comparator.comparingDouble(Word::y)).orElseThrow(() -> new AssertionError("no header " + label + " above " + below));
    }

    static void sameColumn(List<Word> words, Word cell, String label) {
        Word head = header(words, cell, label);
        assertTrue(Math.abs(head.x() - cell.x()) < 1.5, label + " at " + head.x() + ", its cell's text at " + cell.x() + ": " + cell);
    }

    static void sameRow(Word a, Word b) {
        assertTrue(a.page() == b.page() && Math.abs(a.y() - b.y()) < 4, a + " and " + b + " stand in one row");
    }

    @Test
    void seedColumnsAgreeAndCommentsArePrinted() throws Exception {
        List<Word> words = words("seed");
        Word id = find(words, "b16");
        Word chinese = find(words, "Jared", "Faraic（Jerry）：坦白");
        sameColumn(words, id, "ID");
        sameColumn(words, chinese, "中文");
        sameRow(id, chinese);
        Word terms = words.stream().filter(w -> w.page() == chinese.page() && Math.abs(w.y() - chinese.y()) < 4 && w.x() > chinese.x() + 100)
                .findFirst().orElseThrow();
        sameColumn(words, terms, "English");
        String pdf = text("seed");
        assertTrue(pdf.replaceAll("\\s+", " ").contains("glossary.forbidden: ‘CodeX’ → Codex"), "the comments column");
        List<String> notes = annotations("seed");
        int places = check("seed").findings().stream().mapToInt(f -> f.places().size()).sum();
        assertTrue(notes.size() == places, notes.size() + " annotations for " + places + " places of findings");
        assertTrue(notes.stream().anyMatch(n -> n.contains("‘CodeX’ is not the house style") && n.contains("建议 suggestion: Codex")), notes.toString());
        assertTrue(pdf.contains("§20") && !pdf.contains("更新域"), "a written-out contents list");
    }

    @Test
    void seedWithItsTranscriptHasEachTurnsEnglishInItsRow() throws Exception {
        List<Word> words = words("seed-transcript");
        Word chinese = find(words, "Jared", "Faraic（Jerry）：坦白");
        Word english = find(words, "[00:00:01]", "Jerry", "Tworek:");
        sameRow(chinese, english);
        sameColumn(words, english, "English");
        Word question = find(words, "Matt", "Turk：自从你们在");
        Word asked = find(words, "[00:02:33]", "Matt", "Turk:", "Since", "you", "released", "o1");
        sameRow(question, asked);
        Word answer = find(words, "Jared", "Faraic（Jerry）：这属于");
        sameRow(answer, find(words, "[00:06:30]", "Jerry", "Tworek:", "Longer", "thinking"));
    }

    @Test
    void seedWithAnImportedXliffShowsTheTranslation() throws Exception {
        List<Word> words = words("seed-xliff");
        Word id = find(words, "b16");
        Word english = words.stream().filter(w -> w.page() == id.page() && Math.abs(w.y() - id.y()) < 4 && w.x() > id.x() + 150)
                .findFirst().orElseThrow();
        sameColumn(words, english, "English");
        String pdf = text("seed-xliff");
        assertTrue(pdf.contains("译文 translated"), "status of a translated row");
        assertTrue(!pdf.contains("术语 terms only"), "every unit has its translation, headings included");
    }

    @Test
    void theRealTranscriptGivesEachTurnItsStretch() throws Exception {
        assumeTrue(Files.isRegularFile(dir.resolve("bea.pdf")), "corpus note or its transcript absent");
        List<Word> words = words("bea");
        sameRow(find(words, "Alex：嗨，我是"), find(words, "Alex:", "Hey,", "I"));
        Word eric = find(words, "Eric：我是");
        Word erik = find(words, "Erik:", "I");
        sameRow(eric, erik);
        sameColumn(words, erik, "English");
        sameRow(find(words, "Eric：没错。我们在"), find(words, "Erik:", "Exactly,", "we", "do", "lots", "of", "RL"));
        sameRow(find(words, "Alex：外界常说"), find(words, "Alex:", "There"));
    }
}
