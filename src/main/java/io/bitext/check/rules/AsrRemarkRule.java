package io.bitext.check.rules;

import io.bitext.glossary.Glossary;
import io.bitext.check.Category;
import io.bitext.check.Example;
import io.bitext.check.CheckContext;
import io.bitext.check.Findings;
import io.bitext.note.Excerpt;
import io.bitext.check.Replacement;
import io.bitext.check.Severity;
import io.bitext.glossary.Entry;
import io.bitext.term.AsrNote;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The note's own remarks on speech recognition ({@code O1（ASR 原文作 0.1）}): each is reported where
 * the misheard form stands, with the glossary's spelling of the term, so the editor can settle it and
 * drop the remark. With {@code elsewhere}, any other place that still writes the misheard form is
 * reported too ({@code asr.misheard-elsewhere}).
 */
abstract class AsrRemarkRule extends BaseRule {
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
                            List.of(context.location(remark.noteSpan())), entry == null ? List.of() : List.of(Replacement.review(correct)));
                }
                continue;
            }
            int inRemark = text.indexOf(remark.misheard(), remark.noteSpan().offset());
            if (!elsewhere) {
                Excerpt misheard = inRemark >= 0 && inRemark < remark.noteSpan().end()
                        ? context.location(inRemark, inRemark + remark.misheard().length()) : context.location(remark.noteSpan());
                findings.report(misheard, "speech recognition wrote ‘" + remark.misheard() + "’ for " + correct
                        + "; settle the term and drop the remark", List.of(term), List.of(Replacement.review(correct)));
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
                    findings.report(context.location(other.start(), other.end()), "‘" + remark.misheard()
                            + "’ is what the note says speech recognition wrote for " + correct, List.of(context.location(remark.noteSpan())),
                            List.of(Replacement.review(correct)));
                }
            }
        }
    }
}
