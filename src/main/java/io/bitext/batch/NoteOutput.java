package io.bitext.batch;

import io.bitext.BitextException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The files the main job can write for each note, by the name {@code run --formats} takes. A
 * translator who only wants XLIFF should not wait for a DOCX per note.
 */
public enum NoteOutput {
    OUTLINE(".outline.json"),
    ALIGN(".align.json"),
    CHECK(".check.json"),
    XLIFF(".xlf"),
    TMX(".tmx"),
    DOCX(".docx"),
    HTML(".html");

    private final String suffix;

    NoteOutput(String suffix) {
        this.suffix = suffix;
    }

    public String suffix() {
        return suffix;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Set<NoteOutput> all() {
        return EnumSet.allOf(NoteOutput.class);
    }

    /** The outputs named, e.g. {@code xliff}, {@code tmx}; an unknown name is the user's error. */
    public static Set<NoteOutput> parse(Iterable<String> names) {
        Set<NoteOutput> outputs = EnumSet.noneOf(NoteOutput.class);
        for (String name : names) {
            String wanted = name.strip().toLowerCase(Locale.ROOT);
            NoteOutput output = Arrays.stream(values())
                    .filter(o -> o.label().equals(wanted) || o.suffix.substring(1).equals(wanted))
                    .findFirst()
                    .orElseThrow(() -> new BitextException("unknown format '" + name + "' (" + labels() + ")"));
            outputs.add(output);
        }
        if (outputs.isEmpty()) {
            throw new BitextException("--formats names no format (" + labels() + ")");
        }
        return outputs;
    }

    private static String labels() {
        return Arrays.stream(values()).map(NoteOutput::label).collect(Collectors.joining(", "));
    }
}
