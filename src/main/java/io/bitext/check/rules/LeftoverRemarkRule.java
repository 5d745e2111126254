package io.bitext.check.rules;

import io.bitext.check.Category;
import io.bitext.check.CheckContext;
import io.bitext.check.Example;
import io.bitext.check.Findings;
import io.bitext.check.Replacement;
import io.bitext.check.Severity;
import io.bitext.note.Span;
import io.bitext.term.AsrNote;
import io.bitext.text.LeadingChars;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Editorial remarks the summarising left in the text: {@code （原文如是）}, {@code （节目名 ASR 可能有误）},
 * {@code （应为 Erik）}, {@code (sic)}, or a sentence about speech-recognition errors. A reader is not
 * meant to see them: the editor settles the doubt and removes the remark. A remark whose misheard form
 * {@code asr.note-correction} already reports is left to it.
 */
public final class LeftoverRemarkRule extends BaseRule {
    private static final Pattern BRACKET = Pattern.compile("[（(][^（）()\\n]{1,120}[）)]");
    private static final LeadingChars OPENING = LeadingChars.of("（(");
    private static final Pattern MARKER = Pattern.compile(
            "原文如是|原文|ASR|原作|疑似|疑为|可能指|应为|可能有误|可能为口误|口误|(?<![A-Za-z])sic(?![A-Za-z])");
    /** The first characters of {@link #MARKER}'s words: it is tried only where one stands. */
    private static final LeadingChars MARKER_LEADS = LeadingChars.of("原A疑可应口s");
    /** A remark that names the right form: {@code 应为 Erik}, {@code 可能指“Lessie AI”}. */
    private static final Pattern PROPOSED = Pattern.compile("(?:应为|可能指|疑为|疑似)\\s*[“\"]?([A-Za-z][\\w .+-]*[\\w+]|\\p{IsHan}{2,4}(?=[”\"]))");
    /** What ends a sentence for a remark outside brackets. */
    private static final String SENTENCE_ENDS = "。！？!?\n";
    private static final List<String> ABOUT_ASR = List.of("ASR", "语音识别");
    private static final List<String> ABOUT_ERRORS = List.of("误差", "错误", "有误", "更正", "纠正");

    public LeftoverRemarkRule() {
        super("asr.leftover-remark", Category.ASR, Severity.WARNING, 65,
                "An editorial remark left in the text (原文如是, 可能有误, 应为…, sic): resolve it and remove the remark.",
                "leftover remark",
                Example.incorrect("**Ann**：我在 Anthropic 负责 cloud relations（原文如是）。", "（原文如是）"),
                Example.incorrect("**Ann**：我的同事 Eric（应为 Erik）做研究。", "（应为 Erik）", "Erik"),
                Example.correct("**Ann**：我在 Anthropic 负责 Claude Relations（如是否流式等）。"));
    }

    @Override
    public void check(CheckContext context, Findings findings) {
        String text = context.note().text();
        List<Span> settled = new ArrayList<>();
        for (AsrNote remark : context.alignment().extraction().asrNotes()) {
            if (remark.misheard() != null) {
                settled.add(remark.noteSpan()); // asr.note-correction speaks there
            }
        }
        List<int[]> reported = new ArrayList<>();
        LeadingChars.Finder brackets = OPENING.finder(BRACKET, text);
        Matcher bracket = brackets.matcher();
        LeadingChars.Finder markers = MARKER_LEADS.finder(MARKER, text); // a bracket's own characters end its words
        while (brackets.find()) {
            if (context.isProse(bracket.start()) && markers.within(bracket.start(), bracket.end()).find()
                    && !overlaps(settled, bracket.start(), bracket.end())) {
                report(context, findings, bracket.start(), bracket.end());
                reported.add(new int[] {bracket.start(), bracket.end()});
            }
        }
        // a remark outside brackets: a sentence about speech recognition's errors is the remark. One pass
        // over the sentences: a regular expression over runs without an end would try every start again
        Occurrences asr = new Occurrences(text, ABOUT_ASR);
        Occurrences errors = new Occurrences(text, ABOUT_ERRORS);
        for (int from = 0; from < text.length(); ) {
            int end = from;
            while (end < text.length() && SENTENCE_ENDS.indexOf(text.charAt(end)) < 0) {
                end++;
            }
            int start = skipSpace(text, from);
            int stop = end;
            if (start < end && aboutAsrErrors(asr, errors, start, end) && context.isProse(start) && !overlaps(settled, start, end)
                    && reported.stream().noneMatch(r -> start <= r[0] && r[1] <= stop)) {
                report(context, findings, start, end);
            }
            from = end + 1;
        }
    }

    /** Whether [start, end) names speech recognition and, after that, an error or a correction. */
    private static boolean aboutAsrErrors(Occurrences asr, Occurrences errors, int start, int end) {
        int at = asr.first(start, end);
        return at >= 0 && errors.first(at + 1, end) >= 0;
    }

    /**
     * Where the next occurrence of each word stands, asked for positions that only move forward, so
     * that all the note's sentences together cost one search through the text per word.
     */
    private static final class Occurrences {
        private final String text;
        private final List<String> words;
        private final int[] next;

        Occurrences(String text, List<String> words) {
            this.text = text;
            this.words = words;
            this.next = new int[words.size()];
            java.util.Arrays.fill(next, -2); // not searched yet
        }

        /** The first occurrence of any word that starts at or after {@code start} and ends by {@code end}, or -1. */
        int first(int start, int end) {
            int first = -1;
            for (int i = 0; i < words.size(); i++) {
                if (next[i] == -2 || next[i] >= 0 && next[i] < start) {
                    next[i] = text.indexOf(words.get(i), start);
                }
                int at = next[i];
                if (at >= 0 && at + words.get(i).length() <= end && (first < 0 || at < first)) {
                    first = at;
                }
            }
            return first;
        }
    }

    private void report(CheckContext context, Findings findings, int start, int end) {
        String remark = context.note().text().substring(start, end);
        Matcher proposed = PROPOSED.matcher(remark);
        String form = proposed.find() ? proposed.group(1).trim() : null;
        findings.report(context.location(start, end), "an editorial remark is left in the text"
                        + (form == null ? "" : "; it proposes ‘" + form + "’") + ": resolve this and remove the remark",
                List.of(), form == null ? List.of() : List.of(Replacement.review(form)));
    }

    private static int skipSpace(String text, int at) {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private static boolean overlaps(List<Span> spans, int start, int end) {
        return spans.stream().anyMatch(s -> s.offset() < end && start < s.end());
    }
}
