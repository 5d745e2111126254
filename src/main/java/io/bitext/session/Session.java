package io.bitext.session;

import io.bitext.align.Aligner;
import io.bitext.align.Alignment;
import io.bitext.check.CheckConfig;
import io.bitext.check.CheckResult;
import io.bitext.check.Checker;
import io.bitext.glossary.GlossaryMatch;
import io.bitext.glossary.GlossaryMatcher;
import io.bitext.note.Note;
import io.bitext.note.Span;
import io.bitext.outline.Outline;
import io.bitext.transcript.TranscriptAligner;
import io.bitext.transcript.TranscriptAlignment;
import io.bitext.transcript.TurnAligner;
import io.bitext.transcript.TurnAlignment;
import io.bitext.xliff.Translations;
import io.bitext.xliff.Unit;
import io.bitext.xliff.Units;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    private TurnAlignment turns;
    private List<Unit> units;
    private Map<Integer, List<GlossaryMatch>> blockTerms;
    private List<GlossaryMatch> matches;

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
            check = setup.checker().check(note, alignment(), config(), setup.rules(), english(),
                    setup.otherNotes().besides(Setup.runName(path, note)), matches());
        }
        return check;
    }

    /** The note's translation units, as the XLIFF, the DOCX and the imports number them: cut once. */
    public List<Unit> units() {
        if (units == null) {
            units = Units.of(note);
        }
        return units;
    }

    /**
     * Every glossary match in the note's text ({@link GlossaryMatcher#findAll}): matched once for the
     * check, the blocks' terms and the report's glossary.
     */
    public List<GlossaryMatch> matches() {
        if (matches == null) {
            matches = Collections.unmodifiableList(setup.matcher().findAll(note.text()));
        }
        return matches;
    }

    /**
     * Block index → the glossary's terms in the block's text (leftmost-longest, offsets relative to
     * the text), for the blocks that have any: matched once for every document that marks them.
     */
    public Map<Integer, List<GlossaryMatch>> blockTerms() {
        if (blockTerms == null) {
            blockTerms = blockTerms(note, setup.matcher(), matches());
        }
        return blockTerms;
    }

    /** The same for any note and matcher. */
    public static Map<Integer, List<GlossaryMatch>> blockTerms(Note note, GlossaryMatcher matcher) {
        return blockTerms(note, matcher, matcher.findAll(note.text()));
    }

    /** The same from {@code all}, every match in the note's text. */
    private static Map<Integer, List<GlossaryMatch>> blockTerms(Note note, GlossaryMatcher matcher, List<GlossaryMatch> all) {
        Map<Integer, List<GlossaryMatch>> terms = new HashMap<>();
        for (var block : note.blocks()) {
            Span text = block.text();
            List<GlossaryMatch> found = GlossaryMatcher.longest(matcher.findAll(all, note.text(), text.offset(), text.end()));
            if (!found.isEmpty()) {
                terms.put(block.index(), found);
            }
        }
        return terms;
    }

    /** Each turn aligned with its part of its section's stretch of the English original, or null without one. */
    public TurnAlignment turns() {
        if (turns == null && english() != null) {
            turns = TurnAligner.align(note, alignment(), setup.transcript(), english());
        }
        return turns;
    }

    /**
     * The translations an import stored for this note: in the setup's folder, else beside the note
     * (where an import next to it put them); none when neither has any.
     */
    public Translations translations() {
        if (translations == null) {
            translations = Translations.none();
            Path beside = path == null ? null : path.toAbsolutePath().getParent();
            for (Path folder : new Path[] {setup.translations(), beside}) {
                if (folder != null && translations.isEmpty()) {
                    translations = Translations.read(folder, note);
                }
            }
        }
        return translations;
    }
}
