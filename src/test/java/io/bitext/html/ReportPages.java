package io.bitext.html;

import io.bitext.align.Aligner;
import io.bitext.align.Alignment;
import io.bitext.check.CheckConfig;
import io.bitext.check.CheckResult;
import io.bitext.check.Checker;
import io.bitext.glossary.Glossary;
import io.bitext.glossary.GlossaryMatcher;
import io.bitext.note.Note;
import io.bitext.note.NoteReader;
import io.bitext.transcript.TranscriptAligner;
import io.bitext.transcript.TranscriptAlignment;
import io.bitext.transcript.TranscriptReader;
import java.nio.file.Path;
import java.util.Map;

/** Builds report pages for the tests the way the command does: read, align, check with the project's glossary. */
final class ReportPages {
    static final Glossary GLOSSARY = Glossary.load(Path.of("glossary"));
    static final GlossaryMatcher MATCHER = GlossaryMatcher.of(GLOSSARY);

    private ReportPages() {
    }

    /** A note's input for the page, with its transcript when one is given. */
    static HtmlReport.Input input(Note note, String path, Map<Integer, String> translations, Path transcript) {
        Alignment alignment = Aligner.align(note);
        TranscriptAlignment english = transcript == null ? null : TranscriptAligner.align(note, alignment, TranscriptReader.read(transcript));
        CheckResult check = new Checker(GLOSSARY, MATCHER).check(note, alignment, CheckConfig.defaults(), null, english);
        return new HtmlReport.Input(note, alignment, check, MATCHER, translations, english, path, null);
    }

    static HtmlReport.Input input(Path path) {
        return input(NoteReader.read(path), path.toString(), Map.of(), null);
    }

    static HtmlReport.Input input(String name, String text) {
        return input(NoteReader.parse(name, text), name, Map.of(), null);
    }
}
