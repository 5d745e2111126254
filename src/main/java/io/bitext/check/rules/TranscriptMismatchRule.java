package io.bitext.check.rules;

import io.bitext.check.Category;
import io.bitext.check.Example;
import io.bitext.check.CheckContext;
import io.bitext.check.Confidence;
import io.bitext.check.Evidence;
import io.bitext.check.Findings;
import io.bitext.check.Replacement;
import io.bitext.check.Severity;
import io.bitext.glossary.Entry;
import io.bitext.note.Block;
import io.bitext.note.Excerpt;
import io.bitext.note.Section;
import io.bitext.text.Similarity;
import io.bitext.transcript.TranscriptAlignment;
import io.bitext.phonetic.Edits;
import io.bitext.phonetic.SoundKey;
import io.bitext.transcript.Stretch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private static final double PRIOR = 0.6;
    /** Stretch confidences above and below which the alignment is trusted or doubted. */
    private static final double WELL_ALIGNED = 0.7;
    private static final double POORLY_ALIGNED = 0.4;
    private static final double ALIGNED = 0.6;
    private static final double GUESSED = -0.8;
    private static final double CATALOG_AGREES = 0.8;
    private static final double CATALOG_KNOWS_NOTE = -1.5;
    private static final double ONE_EDIT = 0.4;
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
        // a speaker's name is reported at every place the note writes it: a stretch's miss of it would say it twice
        Set<String> misspelled = misspelledSpeakers(context, findings);
        for (Stretch stretch : context.transcript().stretches()) {
            for (Stretch.Miss miss : stretch.missing()) {
                if (miss.instead() == null || misspelled.contains(miss.term())) {
                    continue;
                }
                mismatch(context, findings, stretch, miss);
            }
        }
    }

    /**
     * How sure a mismatch is: a stretch well aligned to its section, a form the catalog knows on the
     * original's side and not on the note's, and a near miss of one edit make it sure; a stretch
     * aligned by guesswork makes it doubtful.
     */
    private static void mismatch(CheckContext context, Findings findings, Stretch stretch, Stretch.Miss miss) {
        Excerpt at = context.location(miss.termOffset(), miss.termOffset() + miss.termLength());
        List<Evidence> evidence = new ArrayList<>();
        Optional<Evidence.Original> said = Signals.original(context, miss.termOffset(), miss.instead());
        said.ifPresent(evidence::add);
        Entry proposed = context.glossary().byEnglish(miss.instead());
        Entry written = context.glossary().byEnglish(miss.term());
        if (proposed != null) {
            evidence.add(Evidence.catalog(proposed, miss.instead()));
        }
        // a stretch found by time stamps is as good as the stamps; one found by content only as its anchors
        boolean byTime = stretch.method().equals("time");
        double confidence = Confidence.prior(PRIOR).add(byTime || stretch.confidence() >= WELL_ALIGNED, ALIGNED)
                .add(!byTime && stretch.confidence() < POORLY_ALIGNED, GUESSED).add(proposed != null, CATALOG_AGREES)
                .add(written != null, CATALOG_KNOWS_NOTE).add(Similarity.distance(miss.term(), miss.instead()) <= 1, ONE_EDIT).value();
        findings.report(at, "the English original writes ‘" + miss.instead() + "’" + said.map(Signals::where).orElse("")
                + " where the note writes ‘" + miss.term() + "’", evidence, confidence, List.of(Replacement.safe(miss.instead())));
    }

    /**
     * Note speakers the original never names, while it names someone who sounds the same and is spelled
     * otherwise; returns the labels reported.
     */
    private static Set<String> misspelledSpeakers(CheckContext context, Findings findings) {
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
        Set<String> reported = new LinkedHashSet<>();
        for (String label : labels) {
            if (english.containsKey(label) || Pattern.compile("\\b" + Pattern.quote(label) + "\\b").matcher(said).find()) {
                continue;
            }
            for (Map.Entry<String, Integer> heard : english.entrySet()) {
                String name = heard.getKey();
                if (name.charAt(0) == label.charAt(0) && SoundKey.alike(name, label) && Edits.distance(name, label) <= 2) {
                    report(context, findings, label, name, heard.getValue());
                    reported.add(label);
                    break;
                }
            }
        }
        return reported;
    }

    /** A speaker's name spelled otherwise is as sure as the spellings are close; a person's name is never a safe fix. */
    private static void report(CheckContext context, Findings findings, String label, String name, int section) {
        String text = context.note().text();
        Optional<TranscriptAlignment.Said> said = context.transcript().said(section, name);
        Section stretchSection = context.note().sections().stream().filter(s -> s.index() == section).findFirst().orElse(null);
        Optional<Evidence.Original> original = said.map(w -> new Evidence.Original(name, context.transcript().transcript(), w.line(),
                w.time() != null ? w.time() : stretchSection == null || stretchSection.timeRange() == null ? null : stretchSection.timeRange().display()));
        List<Evidence> evidence = original.<List<Evidence>>map(List::of).orElse(List.of());
        double confidence = Confidence.prior(PRIOR).add(Edits.distance(name, label) <= 1, ONE_EDIT).value();
        Matcher at = Pattern.compile("(?<![A-Za-z])" + Pattern.quote(label) + "(?![A-Za-z])").matcher(text);
        while (at.find()) {
            if (context.isProse(at.start())) {
                findings.report(context.location(at.start(), at.end()), "the English original never says ‘" + label + "’ but names ‘" + name
                        + "’" + original.map(Signals::where).orElse("") + " (first in its stretch for §" + section
                        + "): this speaker's name is likely misheard", evidence, confidence, List.of(Replacement.review(name)));
            }
        }
    }
}
