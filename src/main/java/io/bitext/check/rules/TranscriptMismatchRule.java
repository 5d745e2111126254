package io.bitext.check.rules;

import io.bitext.check.Category;
import io.bitext.check.Example;
import io.bitext.check.CheckContext;
import io.bitext.check.Findings;
import io.bitext.check.Replacement;
import io.bitext.check.Severity;
import io.bitext.note.Block;
import io.bitext.phonetic.Edits;
import io.bitext.phonetic.SoundKey;
import io.bitext.transcript.Stretch;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name or term of a section that its stretch of the English original does not say, while the
 * original says something close in its place: {@code Jared Faraic} in the note, {@code Jerry Tworek}
 * in the English. This is how the original catches mishearings the glossary does not know. Runs only
 * when the check is given a transcript ({@code --transcript}). A speaker label the original spells
 * another way ({@code Eric} in the note, {@code Erik:} in the English) is reported wherever the note
 * writes it.
 */
public final class TranscriptMismatchRule extends BaseRule {
    /** A capitalised word of the English original: the names its speakers call each other by. */
    private static final Pattern NAME = Pattern.compile("\\b([A-Z][a-z]{2,})\\b");

    public TranscriptMismatchRule() {
        super("asr.transcript-mismatch", Category.ASR, Severity.WARNING, 20,
                "A name or term of a section that the English original renders differently (needs --transcript).",
                "the English original differs",
                Example.correct("**Ann**：没有英文原文时，这条规则不报告 Jon Shulman"));
    }

    @Override
    public void check(CheckContext context, Findings findings) {
        if (context.transcript() == null) {
            return;
        }
        for (Stretch stretch : context.transcript().stretches()) {
            for (Stretch.Miss miss : stretch.missing()) {
                if (miss.instead() == null) {
                    continue;
                }
                findings.report(context.location(miss.termOffset(), miss.termOffset() + miss.termLength()),
                        "the English original says ‘" + miss.instead() + "’ where the note writes ‘" + miss.term() + "’",
                        List.of(), List.of(Replacement.review(miss.instead())));
            }
        }
        misspelledSpeakers(context, findings);
    }

    /** Note speakers the original never names, while it names someone who sounds the same and is spelled otherwise. */
    private static void misspelledSpeakers(CheckContext context, Findings findings) {
        Map<String, Integer> english = new LinkedHashMap<>(); // name → the first section whose stretch says it
        StringBuilder said = new StringBuilder();
        for (Stretch stretch : context.transcript().stretches()) {
            for (String sentence : stretch.sentences()) {
                said.append(sentence).append(' ');
                Matcher label = NAME.matcher(sentence);
                while (label.find()) {
                    english.putIfAbsent(label.group(1), stretch.section());
                }
            }
        }
        Set<String> labels = new LinkedHashSet<>();
        for (Block block : context.note().blocks()) {
            if (block.isTurn() && block.speaker() != null) {
                labels.add(block.speaker().name());
            }
        }
        for (String label : labels) {
            if (english.containsKey(label) || Pattern.compile("\\b" + Pattern.quote(label) + "\\b").matcher(said).find()) {
                continue;
            }
            for (Map.Entry<String, Integer> heard : english.entrySet()) {
                String name = heard.getKey();
                if (name.charAt(0) == label.charAt(0) && SoundKey.alike(name, label) && Edits.distance(name, label) <= 2) {
                    report(context, findings, label, name, heard.getValue());
                    break;
                }
            }
        }
    }

    private static void report(CheckContext context, Findings findings, String label, String name, int section) {
        String text = context.note().text();
        Matcher at = Pattern.compile("(?<![A-Za-z])" + Pattern.quote(label) + "(?![A-Za-z])").matcher(text);
        while (at.find()) {
            if (context.isProse(at.start())) {
                findings.report(context.location(at.start(), at.end()), "the English original never says ‘" + label + "’ but names ‘" + name
                        + "’ (first in its stretch for §" + section + "): this speaker's name is likely misheard", List.of(),
                        List.of(Replacement.review(name)));
            }
        }
    }
}
