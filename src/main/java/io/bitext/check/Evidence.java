package io.bitext.check;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.bitext.note.Excerpt;
import java.util.List;
import java.util.Locale;

/**
 * One thing a finding rests on, so that an editor (or a program) can check it: the catalog entry and
 * where its spelling was checked, a place in the note (the title, the cover, another occurrence, the
 * note's own remark, a word of the entry's context such as its organisation), what the English original says and where, the other notes that write it
 * otherwise, or what the dictionary says of a word. Each kind has a {@link #summary()}, the few words
 * a report prints; JSON gets every field and the kind.
 *
 * <pre>{@code
 * List<Evidence> because = List.of(Evidence.catalog(entry, "John Schulman"), Evidence.place(Evidence.Role.TITLE, title));
 * findings.report(at, "‘Jon Shulman’ looks like John Schulman", because, 0.85, List.of(Replacement.review("John Schulman")));
 * because.get(0).summary();   // catalog John Schulman <https://…>
 * because.get(1).summary();   // title line 2
 * }</pre>
 */
public sealed interface Evidence permits Evidence.Catalog, Evidence.Place, Evidence.Original, Evidence.OtherNotes, Evidence.Word {

    /** {@code catalog}, {@code title}, {@code cover}, {@code link}, {@code occurrence}, {@code remark}, {@code context}, {@code transcript}, {@code notes}, {@code dictionary}. */
    @JsonProperty("kind")
    String kind();

    /** The few words a text report prints: {@code catalog John Schulman <https://…>}, {@code title line 1}. */
    @JsonProperty("summary")
    String summary();

    /** The entry, with the form the finding proposes (its preferred one, or the one like the note's). */
    static Evidence catalog(io.bitext.glossary.Entry entry, String form) {
        return new Catalog(entry.id(), form, entry.note().strip(), entry.source().strip());
    }

    static Place place(Role role, Excerpt at) {
        return new Place(role, at);
    }

    /** A catalog entry: its id, the form the finding proposes, its usage note and the URL its spelling was checked at. */
    @JsonPropertyOrder({"kind", "summary", "id", "form", "note", "source"})
    record Catalog(String id, String form, String note, String source) implements Evidence {
        @Override
        public String kind() {
            return "catalog";
        }

        @Override
        public String summary() {
            return "catalog " + form + (source.isEmpty() ? "" : " <" + source + ">");
        }
    }

    /** Where in the note a name is established or a form stands. */
    enum Role {
        TITLE, COVER, FRONT_MATTER, LINK, OCCURRENCE, REMARK, CONTEXT;

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * A place in the note; in JSON the excerpt's own fields ({@code text}, {@code offset},
     * {@code length}, {@code line}, {@code column}), as evidence was written before it had kinds.
     */
    @JsonPropertyOrder({"kind", "summary"})
    record Place(@JsonIgnore Role role, @JsonUnwrapped Excerpt at) implements Evidence {
        @Override
        public String kind() {
            return role.label();
        }

        @Override
        public String summary() {
            return switch (role) {
                case TITLE, COVER, FRONT_MATTER, LINK -> role.label() + " line " + at.line();
                default -> role.label() + " " + at.position() + " ‘" + at.text() + "’";
            };
        }
    }

    /**
     * What the English original says: the form, the transcript's file and line, and the time, the
     * cue's own in a timed transcript, else the section's time range (null when neither is known).
     */
    @JsonPropertyOrder({"kind", "summary", "english", "transcript", "transcriptLine", "time"})
    record Original(String english, String transcript, int transcriptLine, String time) implements Evidence {
        @Override
        public String kind() {
            return "transcript";
        }

        @Override
        public String summary() {
            return "English original ‘" + english + "’ line " + transcriptLine + (time == null ? "" : " (" + time + ")");
        }
    }

    /** Other notes of the same run that write the name the way the finding proposes. */
    @JsonPropertyOrder({"kind", "summary", "notes"})
    record OtherNotes(List<String> notes) implements Evidence {
        public OtherNotes {
            notes = List.copyOf(notes);
        }

        @Override
        public String kind() {
            return "notes";
        }

        @Override
        public String summary() {
            return "other notes " + String.join(", ", notes);
        }
    }

    /**
     * The dictionary's verdict on a word or a few: whether each is an ordinary English word, and the
     * frequency rank of the rarest (lower is commoner; 0 when unranked or absent).
     */
    @JsonPropertyOrder({"kind", "summary", "word", "rank", "common"})
    record Word(String word, int rank, boolean common) implements Evidence {
        @Override
        public String kind() {
            return "dictionary";
        }

        @Override
        public String summary() {
            return "dictionary ‘" + word + "’ " + (common ? "ordinary English" : "not ordinary English")
                    + (rank > 0 ? " (rank " + rank + ")" : "");
        }
    }
}
