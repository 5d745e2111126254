package io.bitext;

import io.bitext.align.Alignment;
import io.bitext.check.CheckResult;
import io.bitext.export.ExportOptions;
import io.bitext.export.Exporters;
import io.bitext.glossary.Glossary;
import io.bitext.io.AtomicFiles;
import io.bitext.session.Session;
import io.bitext.session.Setup;
import io.bitext.error.BitextException;
import java.nio.file.Path;

/**
 * The common paths through Bitext in one line each, the way {@code Jsoup.parse} is jsoup's. Behind
 * every method is the same {@link Session} the command line uses; for more control (a glossary of
 * your own, a transcript, a configuration file, many notes sharing one glossary) build a
 * {@link Setup} and open sessions from it.
 *
 * <pre>{@code
 * CheckResult result = Bitext.check(Path.of("note.md"));
 * for (Finding f : result.findings()) {
 *     System.out.println(f.location().position() + " " + f.severity().label() + " " + f.message());
 * }
 * Bitext.export(Path.of("note.md"), "docx", Path.of("note.docx"));
 * }</pre>
 *
 * <p>Errors the input can cause (a missing or unreadable note, a malformed glossary or configuration)
 * are thrown as {@link BitextException} with a one-line message naming the file.
 */
public final class Bitext {
    private Bitext() {
    }

    /** Checks a note against the built-in glossary, with the {@code bitext.yaml} beside it when there is one. */
    public static CheckResult check(Path note) {
        return Setup.defaults().open(note).check();
    }

    /** Checks a note against {@code glossary} alone. */
    public static CheckResult check(Path note, Glossary glossary) {
        return Setup.builder().glossary(glossary).build().open(note).check();
    }

    /** The note aligned section by section with the English terms it keeps inline. */
    public static Alignment align(Path note) {
        return Setup.defaults().open(note).alignment();
    }

    /** A session on the note with the default setup: read once, each stage computed on demand. */
    public static Session open(Path note) {
        return Setup.defaults().open(note);
    }

    /** The note in one format ({@code docx}, {@code xliff}, {@code tmx}, {@code check}, …; see {@link Exporters}). */
    public static byte[] export(Path note, String format) {
        return Exporters.byName(format).write(open(note), ExportOptions.defaults());
    }

    /** Writes the note in one format to {@code target}, atomically: a reader never sees half a file. */
    public static void export(Path note, String format, Path target) {
        AtomicFiles.write(target, export(note, format));
    }

    /** The curated glossary built into Bitext. */
    public static Glossary glossary() {
        return Glossary.builtIn();
    }
}
