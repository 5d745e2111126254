package io.bitext.session;

import io.bitext.error.BitextException;
import io.bitext.check.Checker;
import io.bitext.check.OtherNotes;
import io.bitext.glossary.Glossary;
import io.bitext.glossary.GlossaryMatcher;
import io.bitext.note.Note;
import io.bitext.note.NoteReader;
import io.bitext.transcript.Transcript;
import io.bitext.transcript.TranscriptReader;
import java.nio.file.Path;
import java.util.Set;

/**
 * What every note of one run shares: the glossary with its matcher and checker (built once), the
 * configuration file given on the command line, the rules asked for, the English original and where
 * imported translations are kept. {@link #open(Path)} starts a {@link Session} for one note.
 *
 * <pre>{@code
 * Setup setup = Setup.builder().glossary(Path.of("my-glossary"), false).build();
 * CheckResult result = setup.open(Path.of("note.md")).check();
 * }</pre>
 */
public final class Setup {
    private final Glossary glossary;
    private final GlossaryMatcher matcher;
    private final Checker checker;
    private final Path config;
    private final Set<String> rules;
    private final Transcript transcript;
    private final Path translations;
    private final OtherNotes otherNotes;

    private Setup(Builder builder) {
        this.glossary = builder.glossary;
        this.matcher = GlossaryMatcher.of(glossary);
        this.checker = new Checker(glossary, matcher);
        this.config = builder.config;
        this.rules = builder.rules == null ? null : Set.copyOf(builder.rules);
        this.transcript = builder.transcript;
        this.translations = builder.translations;
        this.otherNotes = OtherNotes.none();
        if (rules != null) {
            for (String id : rules) {
                if (!Checker.ruleIds().contains(id)) {
                    throw new BitextException("unknown rule '" + id + "' (see bitext check --list-rules)");
                }
            }
        }
    }

    /** The same setup, its glossary, matcher and checker shared, beside the names the run's other notes write. */
    private Setup(Setup base, OtherNotes otherNotes) {
        this.glossary = base.glossary;
        this.matcher = base.matcher;
        this.checker = base.checker;
        this.config = base.config;
        this.rules = base.rules;
        this.transcript = base.transcript;
        this.translations = base.translations;
        this.otherNotes = otherNotes;
    }

    /**
     * This setup for a run over several notes: each note's check compares its names with the names
     * in {@code otherNotes}, keyed by {@link #runName(Path, Note)}.
     */
    public Setup withOtherNotes(OtherNotes names) {
        return new Setup(this, names);
    }

    /** How a run names a note among the others: the path it was read from, else the note's name. */
    public static String runName(Path path, Note note) {
        return path == null ? note.name() : path.toString();
    }

    /** The built-in glossary, {@code bitext.yaml} beside each note, every rule, no transcript. */
    public static Setup defaults() {
        return builder().build();
    }

    public static Builder builder() {
        // the checker's rules and the bracket classifier consult the dictionary: read it while the glossary loads
        io.bitext.dict.Dictionary.preload();
        return new Builder();
    }

    /** Reads the note (within the reader's size and encoding limits) and starts its session. */
    public Session open(Path note) {
        return new Session(this, note, NoteReader.read(note));
    }

    /** A session for a note already read, such as an editor's unsaved buffer; {@code path} locates its {@code bitext.yaml}. */
    public Session session(Path path, Note note) {
        return new Session(this, path, note);
    }

    public Glossary glossary() {
        return glossary;
    }

    public GlossaryMatcher matcher() {
        return matcher;
    }

    public Checker checker() {
        return checker;
    }

    /** The configuration file given for every note, or null: each note's own {@code bitext.yaml}. */
    public Path config() {
        return config;
    }

    /** The rules to run, or null for all. */
    public Set<String> rules() {
        return rules;
    }

    /** The English original the notes summarise, or null. */
    public Transcript transcript() {
        return transcript;
    }

    /** The names the run's other notes write: none unless {@link #withOtherNotes} gave them. */
    public OtherNotes otherNotes() {
        return otherNotes;
    }

    /** The folder where imports stored translations ({@code <note>.targets.json}), or null for none. */
    public Path translations() {
        return translations;
    }

    /** How a run is set up; every setting has the default of a plain {@code bitext check}. */
    public static final class Builder {
        private Glossary glossary;
        private Path config;
        private Set<String> rules;
        private Transcript transcript;
        private Path translations;

        private Builder() {
        }

        public Builder glossary(Glossary given) {
            this.glossary = given;
            return this;
        }

        /** A glossary folder or file added to the built-in glossary, or with {@code replace} used alone; null: the built-in one. */
        public Builder glossary(Path folderOrFile, boolean replace) {
            this.glossary = Glossary.of(folderOrFile, replace);
            return this;
        }

        public Builder config(Path file) {
            this.config = file;
            return this;
        }

        public Builder rules(Set<String> ids) {
            this.rules = ids;
            return this;
        }

        public Builder transcript(Transcript english) {
            this.transcript = english;
            return this;
        }

        /** Reads the English original (SRT, WebVTT or text); null for none. */
        public Builder transcript(Path file) {
            this.transcript = file == null ? null : TranscriptReader.read(file);
            return this;
        }

        public Builder translations(Path folder) {
            this.translations = folder;
            return this;
        }

        public Setup build() {
            if (glossary == null) {
                glossary = Glossary.builtIn();
            }
            return new Setup(this);
        }
    }
}
