package io.bitext.check.rules;

import io.bitext.glossary.Glossary;
import io.bitext.check.Category;
import io.bitext.check.Example;
import io.bitext.check.CheckContext;
import io.bitext.check.Confidence;
import io.bitext.check.Evidence;
import io.bitext.check.Findings;
import io.bitext.note.Excerpt;
import io.bitext.check.Replacement;
import io.bitext.check.Severity;
import io.bitext.glossary.Entry;
import io.bitext.term.AsrNote;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The note's own remarks on speech recognition ({@code O1（ASR 原文作 0.1）}): each is reported where
 * the misheard form stands, with the glossary's spelling of the term, so the editor can settle it and
 * drop the remark. With {@code elsewhere}, any other place that still writes the misheard form is
 * reported too ({@code asr.misheard-elsewhere}).
 */
abstract class AsrRemarkRule extends BaseRule {
    private static final double ELSEWHERE = 0.7;
    private static final double IN_GLOSSARY = 0.5;
    private static final double COMMON_WORD = -1.0;
    private final boolean elsewhere;

    AsrRemarkRule(boolean elsewhere, String id, int priority, String description, String shortMessage, Example... examples) {
        super(id, Category.ASR, Severity.WARNING, priority, description, shortMessage, examples);
        this.elsewhere = elsewhere;
    }

    /** {@code “Lazy AI/Light”}: a remark about the slip names the right form right beside it; that is no slip. */
    private static boolean namedBeside(String text, int start, int end, String term) {
        int from = Math.max(0, start - term.length() - 3);
        int to = Math.min(text.length(), end + term.length() + 3);
        return text.substring(from, start).contains(term) || text.substring(end, to).contains(term);
    }

    /** The remark where the note makes it and, when the glossary knows the term, its entry. */
    private static Evidence[] evidence(CheckContext context, AsrNote remark, Entry entry, String correct) {
        Evidence place = Evidence.place(Evidence.Role.REMARK, context.location(remark.noteSpan()));
        return entry == null ? new Evidence[] {place} : new Evidence[] {place, Evidence.catalog(entry, correct)};
    }

    /**
     * A form the note says was misheard is likely misheard again; surer when the glossary knows the
     * right term or the English original writes it there, less so when the form is an ordinary word.
     */
    private static void elsewhere(CheckContext context, Findings findings, Excerpt at, AsrNote remark, Entry entry, String correct) {
        List<Evidence> evidence = new ArrayList<>(List.of(evidence(context, remark, entry, correct)));
        Optional<Evidence.Original> agrees = Signals.original(context, at.offset(), correct);
        agrees.ifPresent(evidence::add);
        boolean common = Signals.common(remark.misheard());
        if (common) {
            evidence.add(Signals.word(remark.misheard()));
        }
        double confidence = Confidence.prior(ELSEWHERE).add(entry != null, IN_GLOSSARY).add(common, COMMON_WORD)
                .add(agrees.isPresent(), Signals.ORIGINAL_AGREES).value();
        findings.report(at, "‘" + remark.misheard() + "’ is what the note says speech recognition wrote for " + correct
                + agrees.map(said -> "; the English original writes " + correct + Signals.where(said)).orElse(""),
                evidence, confidence, List.of(Replacement.review(correct)));
    }

    @Override
    public void check(CheckContext context, Findings findings) {
        Glossary lookup = context.glossary();
        String text = context.note().text();
        java.util.Set<String> scanned = new java.util.HashSet<>();
        List<io.bitext.note.Span> remarkSpans = context.alignment().extraction().asrNotes().stream().map(AsrNote::noteSpan).toList();
        for (AsrNote remark : context.alignment().extraction().asrNotes()) {
            Entry entry = lookup.byEnglish(remark.term());
            String correct = entry == null ? remark.term() : GlossaryLookup.preferredEnglish(entry);
            Excerpt term = context.location(remark.termSpan());
            if (remark.misheard() == null) {
                if (!elsewhere) {
                    findings.report(Severity.INFO, term, "the note doubts this name (‘" + text.substring(remark.noteSpan().offset(),
                            remark.noteSpan().end()) + "’)" + (entry == null ? "" : "; the glossary has " + correct),
                            entry == null ? List.of() : List.of(Replacement.review(correct)), evidence(context, remark, entry, correct));
                }
                continue;
            }
            int inRemark = text.indexOf(remark.misheard(), remark.noteSpan().offset());
            if (!elsewhere) {
                Excerpt misheard = inRemark >= 0 && inRemark < remark.noteSpan().end()
                        ? context.location(inRemark, inRemark + remark.misheard().length()) : context.location(remark.noteSpan());
                Evidence[] because = evidence(context, remark, entry, correct);
                because[0] = Evidence.place(Evidence.Role.OCCURRENCE, term);
                findings.report(Severity.WARNING, misheard, "speech recognition wrote ‘" + remark.misheard() + "’ for " + correct
                        + "; settle the term and drop the remark", List.of(Replacement.review(correct)), because);
                continue;
            }
            if (!scanned.add(remark.misheard())) {
                continue; // one scan of the note per misheard form, however often the note remarks on it
            }
            Matcher other = Pattern.compile("(?<![\\p{Alnum}.])" + Pattern.quote(remark.misheard()) + "(?![\\p{Alnum}])").matcher(text);
            while (other.find()) {
                int at = other.start();
                boolean inTheRemark = remarkSpans.stream().anyMatch(span -> span.contains(at));
                if (!inTheRemark && context.isProse(other.start()) && !namedBeside(text, other.start(), other.end(), remark.term())) {
                    elsewhere(context, findings, context.location(other.start(), other.end()), remark, entry, correct);
                }
            }
        }
    }
}
