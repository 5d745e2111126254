package io.bitext.check.rules;

import io.bitext.check.CheckContext;
import io.bitext.check.Evidence;
import io.bitext.dict.DictEntry;
import io.bitext.dict.Dictionary;
import io.bitext.glossary.Entry;
import io.bitext.note.Section;
import io.bitext.transcript.TranscriptAlignment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The signals the speech-recognition rules weigh beside their own: context (the words an entry's
 * usage note names, such as its organisation or product family, written elsewhere in the note),
 * what the English original says in the section's stretch, and the dictionary's verdict on a word.
 * Each comes with the {@link Evidence} that shows it.
 */
final class Signals {
    /** Log-odds of the English original saying the proposed form, and of it saying the note's form. */
    static final double ORIGINAL_AGREES = 2.0;
    static final double ORIGINAL_DISAGREES = -3.0;
    /** Log-odds per context word found, counted up to {@link #CONTEXT_CAP}. */
    static final double CONTEXT = 0.5;
    static final int CONTEXT_CAP = 2;
    /** Words this frequent ({@code The}, {@code Its}) open a usage note's sentences; they say nothing of context. */
    private static final int STOP_RANK = 3_000;
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{N}])[A-Z][\\p{L}\\p{N}]{2,}(?![\\p{L}\\p{N}])");

    private Signals() {
    }

    /**
     * Capitalised words of the entry's usage note, not its own name, that the note writes outside
     * {@code [start, end)}: each as a {@code context} place, its first occurrence, at most {@link #CONTEXT_CAP}.
     */
    static List<Evidence> context(CheckContext context, Entry entry, int start, int end) {
        Set<String> own = new HashSet<>();
        entry.forms().forEach(f -> own.addAll(List.of(f.text().split("[ -]"))));
        Set<String> seen = new HashSet<>();
        List<Evidence> hits = new ArrayList<>();
        Matcher word = CAPITALISED.matcher(entry.note());
        String text = context.note().text();
        while (word.find() && hits.size() < CONTEXT_CAP) {
            String w = word.group();
            if (own.contains(w) || !seen.add(w) || Dictionary.english().isCommonWord(w, STOP_RANK)) {
                continue;
            }
            Matcher there = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])").matcher(text);
            while (there.find()) {
                if ((there.start() < start || there.start() >= end) && context.isProse(there.start())) {
                    hits.add(Evidence.place(Evidence.Role.CONTEXT, context.location(there.start(), there.end())));
                    break;
                }
            }
        }
        return hits;
    }

    /**
     * Where the English original says {@code form} in the stretch of the section at {@code offset}:
     * the transcript's line and the cue's time, else the section's time range; empty without a
     * transcript or when the stretch does not say it.
     */
    static Optional<Evidence.Original> original(CheckContext context, int offset, String form) {
        TranscriptAlignment transcript = context.transcript();
        Section section = context.note().sectionAt(offset);
        if (transcript == null || section == null) {
            return Optional.empty();
        }
        return transcript.said(section.index(), form).map(said -> new Evidence.Original(said.english(), transcript.transcript(),
                said.line(), said.time() != null ? said.time() : section.timeRange() == null ? null : section.timeRange().display()));
    }

    /** {@code at line 214 (00:12:41)}: where the original says it, for a message. */
    static String where(Evidence.Original said) {
        return (said.transcriptLine() > 0 ? " at line " + said.transcriptLine() : "") + (said.time() == null ? "" : " (" + said.time() + ")");
    }

    /** Whether every word of {@code text} is an ordinary English word. */
    static boolean common(String text) {
        for (String word : text.split("[ -]")) {
            if (!Dictionary.english().isCommonWord(word)) {
                return false;
            }
        }
        return true;
    }

    /** The dictionary's verdict on {@code text}: whether every word of it is ordinary, and the rank of its rarest word. */
    static Evidence.Word word(String text) {
        int rarest = 0;
        for (String word : text.split("[ -]")) {
            Optional<DictEntry> entry = Dictionary.english().lookup(word);
            rarest = Math.max(rarest, entry.map(e -> e.rank().orElse(0)).orElse(0));
        }
        return new Evidence.Word(text, rarest, common(text));
    }
}
