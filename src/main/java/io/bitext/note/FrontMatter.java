package io.bitext.note;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The metadata block between {@code ---} fences at the top of a note. Obsidian notes of this family
 * keep JSON there; YAML is read the same way (JSON is a subset of YAML's flow style).
 *
 * <p>The block is found when the note is read, and parsed when its values are first asked for: most
 * commands need only where it stands, and a JSON or YAML parser is costly to start in a fresh JVM (on a
 * JDK 25, Jackson's parser alone starts the big-number classes, tens of milliseconds).
 *
 * <pre>{@code
 * FrontMatter front = note.frontMatter();
 * front.span();            // the whole block, fences included
 * front.values().get("title");
 * }</pre>
 */
public final class FrontMatter {
    /** The parsed mapping (empty when the content is not one) and why it could not be parsed, or null. */
    record Parsed(Map<String, Object> values, String error) {
        Parsed {
            values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    private final Span span;
    private final Span content;
    private final String raw;
    /** Parsed at most a few times when threads race for it, always to the same values. */
    private volatile Parsed parsed;

    FrontMatter(Span span, Span content, String raw) {
        this.span = span;
        this.content = content;
        this.raw = raw;
    }

    /** The whole block, fences included. */
    public Span span() {
        return span;
    }

    /** The text between the fences. */
    public Span content() {
        return content;
    }

    /** The parsed mapping; empty when the content is not a mapping. */
    public Map<String, Object> values() {
        return parsed().values();
    }

    /**
     * Whether the mapping may have {@code key}: not when the text holds neither the key nor a
     * backslash (JSON and YAML spell a key with escapes only after one). A note's title is looked for
     * here on every run, and most front matter has none: this spares parsing it, whose first time in a
     * fresh JVM costs more than reading the rest of the note.
     */
    public boolean mayHave(String key) {
        return raw.contains(key) || raw.indexOf('\\') >= 0;
    }

    /** Why the content could not be parsed, or null. */
    public String error() {
        return parsed().error();
    }

    public boolean isWellFormed() {
        return error() == null;
    }

    private Parsed parsed() {
        Parsed p = parsed;
        if (p == null) {
            p = FrontMatterReader.parse(raw);
            parsed = p;
        }
        return p;
    }
}
