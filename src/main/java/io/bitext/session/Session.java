package io.bitext.session;

import io.bitext.align.Aligner;
import io.bitext.align.Alignment;
import io.bitext.check.CheckConfig;
import io.bitext.check.CheckResult;
import io.bitext.check.Checker;
import io.bitext.note.Note;
import io.bitext.outline.Outline;
import io.bitext.transcript.TranscriptAligner;
import io.bitext.transcript.TranscriptAlignment;
import io.bitext.xliff.Translations;
import java.nio.file.Path;

/**
 * One note on its way through Bitext: read once, then aligned, configured and checked at most once
 * each, on first demand, whichever command, export or test asks. Every command, the batch, the
 * language server and the facade go through a session, so there is one pipeline to keep right.
 * A session belongs to one thread at a time.
 *
 * <pre>{@code
 * Session session = Setup.defaults().open(Path.of("note.md"));
 * for (Finding f : session.check().findings()) {
 *     System.out.println(f.location().position() + " " + f.message());
 * }
 * }</pre>
 */
public final class Session {
    private final Setup setup;
    private final Path path;
    private final Note note;
    private Alignment alignment;
    private TranscriptAlignment english;
    private boolean englishDone;
    private CheckConfig config;
    private CheckResult check;
    private Translations translations;

    Session(Setup setup, Path path, Note note) {
        this.setup = setup;
        this.path = path;
        this.note = note;
    }

    public Setup setup() {
        return setup;
    }

    /** Where the note was read from. */
    public Path path() {
        return path;
    }

    public Note note() {
        return note;
    }

    /** The note's bytes as the file held them: the model renders them back exactly. */
    public byte[] bytes() {
        return note.renderBytes();
    }

    public Outline outline() {
        return Outline.of(note);
    }

    public Alignment alignment() {
        if (alignment == null) {
            alignment = Aligner.align(note);
        }
        return alignment;
    }

    /** The note's sections aligned with the English original, or null when the setup has none. */
    public TranscriptAlignment english() {
        if (!englishDone) {
            english = setup.transcript() == null ? null : TranscriptAligner.align(note, alignment(), setup.transcript());
            englishDone = true;
        }
        return english;
    }

    /** The configuration given to the setup, else {@code bitext.yaml} beside the note, else the defaults. */
    public CheckConfig config() {
        if (config == null) {
            config = path == null && setup.config() == null ? CheckConfig.defaults()
                    : CheckConfig.find(setup.config(), path, Checker.ruleIds());
        }
        return config;
    }

    public CheckResult check() {
        if (check == null) {
            check = setup.checker().check(note, alignment(), config(), setup.rules(), english());
        }
        return check;
    }

    /** The translations an import stored for this note, or none. */
    public Translations translations() {
        if (translations == null) {
            translations = setup.translations() == null ? Translations.none() : Translations.read(setup.translations(), note);
        }
        return translations;
    }
}
