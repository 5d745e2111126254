package io.bitext.bench;

import io.bitext.align.Aligner;
import io.bitext.align.Alignment;
import io.bitext.check.CheckConfig;
import io.bitext.check.CheckResult;
import io.bitext.check.Checker;
import io.bitext.docx.DocxExport;
import io.bitext.glossary.Glossary;
import io.bitext.glossary.GlossaryMatcher;
import io.bitext.note.Note;
import io.bitext.note.NoteReader;
import io.bitext.session.Session;
import io.bitext.xliff.Unit;
import io.bitext.xliff.Units;
import io.bitext.xliff.Merge;
import io.bitext.xliff.XliffExport;
import io.bitext.xliff.XliffReader;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Per-note costs in a warm JVM, seed note by default: reading, aligning, checking, the DOCX export,
 * and an XLIFF export followed by its import. {@code bench/exports.sh} runs it.
 *
 * <p>The DOCX is timed as a session's export costs it: the note read, aligned and checked, its
 * translation units cut and its blocks' glossary terms matched, as a session does once for every
 * document it writes. The previous XWPF writer is timed beside it with the same inputs (it takes the
 * terms, it has no use for units); {@code docxAlone} and {@code docxPreviousAlone} cut and match
 * inside the export, as a single {@code export --docx} does.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class ExportBenchmark {
    @Param({"seeds/000_a3c508f15ff8c1eb.txt"})
    public String note;

    byte[] bytes;
    Note parsed;
    Alignment alignment;
    CheckResult check;
    Checker checker;
    GlossaryMatcher matcher;
    List<Unit> units;
    Map<Integer, List<io.bitext.glossary.GlossaryMatch>> blockTerms;

    @Setup
    public void setUp() throws Exception {
        bytes = Files.readAllBytes(Path.of(note));
        Glossary glossary = Glossary.load(Path.of("glossary"));
        checker = new Checker(glossary);
        matcher = GlossaryMatcher.of(glossary);
        parsed = NoteReader.parse("n.md", bytes);
        alignment = Aligner.align(parsed);
        check = checker.check(parsed, alignment, CheckConfig.defaults(), null);
        units = Units.of(parsed);
        blockTerms = Session.blockTerms(parsed, matcher);
    }

    @Benchmark
    public Object read() {
        return NoteReader.parse("n.md", bytes);
    }

    @Benchmark
    public Object align() {
        return Aligner.align(parsed);
    }

    @Benchmark
    public Object check() {
        return checker.check(parsed, alignment, CheckConfig.defaults(), null);
    }

    @Benchmark
    public byte[] docx() {
        return DocxExport.write(new DocxExport.Input(parsed, alignment, check, matcher, Map.of()).with(units, blockTerms), false);
    }

    /** The XWPF writer the streamed one replaced, timed in the same run with the same inputs. */
    @Benchmark
    public byte[] docxPrevious() {
        return io.bitext.bench.previous.DocxExport.write(
                new io.bitext.bench.previous.DocxExport.Input(parsed, alignment, check, matcher, Map.of()).with(blockTerms), false);
    }

    @Benchmark
    public byte[] docxAlone() {
        return DocxExport.write(new DocxExport.Input(parsed, alignment, check, matcher, Map.of()), false);
    }

    @Benchmark
    public byte[] docxPreviousAlone() {
        return io.bitext.bench.previous.DocxExport.write(
                new io.bitext.bench.previous.DocxExport.Input(parsed, alignment, check, matcher, Map.of()), false);
    }

    /** What the two writers share before they start: the units and the blocks' glossary terms. */
    @Benchmark
    public Object unitsAndTerms() {
        return List.of(Units.of(parsed), Session.blockTerms(parsed, matcher));
    }

    @Benchmark
    public byte[] xliffRoundTrip() {
        byte[] xlf = XliffExport.write(parsed, bytes, matcher, "1.2", "en");
        return Merge.of(XliffReader.read(new ByteArrayInputStream(xlf), "n.xlf"), "n.xlf").bytes();
    }
}
