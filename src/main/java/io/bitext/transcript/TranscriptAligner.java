package io.bitext.transcript;

import io.bitext.align.Alignment;
import io.bitext.note.Note;
import io.bitext.note.Section;
import io.bitext.note.TimeRange;
import io.bitext.text.EnglishNlp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Gives each section of a note its stretch of the English transcript. With time ranges in the note
 * and stamps in the transcript, by time: a cue belongs to the section whose range holds its start,
 * a few seconds' drift at the edges forgiven. Otherwise by content, the way length- and
 * dictionary-based bitext aligners (Gale–Church, hunalign) work: the transcript is cut into contiguous,
 * ordered stretches, one per section, by dynamic programming over anchors (the section's English terms
 * and numbers found in a stretch, weighted by rarity) and a length prior; cues that fit no section
 * (a sponsor read) stay unassigned rather than being forced into one.
 *
 * <pre>{@code
 * TranscriptAlignment aligned = TranscriptAligner.align(note, Aligner.align(note), TranscriptReader.read(path));
 * }</pre>
 */
public final class TranscriptAligner {
    /** Seconds a cue may start before its section's range, or after it, and still belong to it. */
    static final int DRIFT = 5;
    /** Cost of leaving a cue to no section; small, so that only cues that fit nowhere are left. */
    private static final double SKIP = 0.35;
    /** Weight of the length prior against the anchors. */
    private static final double LENGTH = 1.2;

    private TranscriptAligner() {
    }

    public static TranscriptAlignment align(Note note, Alignment alignment, Transcript transcript) {
        long timedSections = note.sections().stream().filter(s -> s.timeRange() != null && s.timeRange().isOrdered()).count();
        boolean byTime = transcript.timed() && timedSections * 2 >= note.sections().size() && timedSections > 0;
        return byTime ? byTime(note, alignment, transcript) : byContent(note, alignment, transcript);
    }

    /** Aligns by content even when time stamps exist: for evaluating one method against the other. */
    public static TranscriptAlignment byContent(Note note, Alignment alignment, Transcript transcript) {
        List<Section> sections = note.sections();
        Map<Integer, List<Anchors.Term>> anchors = Anchors.of(note, alignment);
        int n = sections.size();
        int m = transcript.cues().size();
        int[] englishBefore = new int[m + 1];
        for (int j = 0; j < m; j++) {
            englishBefore[j + 1] = englishBefore[j] + transcript.cues().get(j).text().length();
        }
        double[] chinese = new double[n];
        double totalChinese = 0;
        for (int i = 0; i < n; i++) {
            chinese[i] = Math.max(1, sectionLength(note, sections.get(i)));
            totalChinese += chinese[i];
        }
        double ratio = englishBefore[m] / totalChinese;
        boolean[][][] hits = hits(sections, anchors, transcript);
        double[][] best = new double[n + 1][m + 1];
        int[][] from = new int[n + 1][m + 1];
        for (double[] row : best) {
            Arrays.fill(row, Double.NEGATIVE_INFINITY);
        }
        for (int j = 0; j <= m; j++) {
            best[0][j] = -SKIP * j;
            from[0][j] = -1;
        }
        for (int i = 1; i <= n; i++) {
            List<Anchors.Term> terms = anchors.get(sections.get(i - 1).index());
            double[] candidate = new double[m + 1];
            int[] start = new int[m + 1];
            Arrays.fill(candidate, Double.NEGATIVE_INFINITY);
            for (int k = 0; k <= m; k++) {
                if (best[i - 1][k] == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                boolean[] found = new boolean[terms.size()];
                double weight = 0;
                for (int j = k; j <= m; j++) {
                    if (j > k) {
                        for (int a = 0; a < terms.size(); a++) {
                            if (!found[a] && hits[i - 1][a][j - 1]) {
                                found[a] = true;
                                weight += terms.get(a).weight();
                            }
                        }
                    }
                    double expected = ratio * chinese[i - 1];
                    double length = j == k ? 2.0 : Math.abs(Math.log((englishBefore[j] - englishBefore[k] + 1) / (expected + 1)));
                    double score = best[i - 1][k] + weight - LENGTH * length;
                    if (score > candidate[j]) {
                        candidate[j] = score;
                        start[j] = k;
                    }
                }
            }
            for (int j = 0; j <= m; j++) {
                best[i][j] = candidate[j];
                from[i][j] = start[j];
                if (j > 0 && best[i][j - 1] - SKIP > best[i][j]) {
                    best[i][j] = best[i][j - 1] - SKIP;
                    from[i][j] = -2 - (j - 1); // skip cue j-1: encoded below zero
                }
            }
        }
        int[][] ranges = new int[n][2];
        int j = m;
        for (int i = n; i >= 1; i--) {
            while (from[i][j] <= -2) {
                j = -2 - from[i][j];
            }
            ranges[i - 1] = new int[] {from[i][j], j};
            j = from[i][j];
        }
        return assemble(note, transcript, anchors, ranges, "content", chinese, ratio);
    }

    private static int sectionLength(Note note, Section section) {
        int length = 0;
        for (var block : section.blocks()) {
            length += (int) block.plainText(note.source()).text().codePoints().filter(c -> !Character.isWhitespace(c)).count();
        }
        return length;
    }

    /** hits[section][anchor][cue]: whether the cue says the anchor. */
    private static boolean[][][] hits(List<Section> sections, Map<Integer, List<Anchors.Term>> anchors, Transcript transcript) {
        boolean[][][] hits = new boolean[sections.size()][][];
        for (int i = 0; i < sections.size(); i++) {
            List<Anchors.Term> terms = anchors.get(sections.get(i).index());
            hits[i] = new boolean[terms.size()][transcript.cues().size()];
            for (int a = 0; a < terms.size(); a++) {
                for (int c = 0; c < transcript.cues().size(); c++) {
                    hits[i][a][c] = terms.get(a).pattern().matcher(transcript.cues().get(c).text()).find();
                }
            }
        }
        return hits;
    }

    private static TranscriptAlignment byTime(Note note, Alignment alignment, Transcript transcript) {
        List<Section> sections = note.sections();
        int[][] ranges = new int[sections.size()][];
        int[] owner = new int[transcript.cues().size()];
        for (int c = 0; c < owner.length; c++) {
            owner[c] = ownerOf(sections, transcript.cues().get(c).start());
        }
        for (int i = 0; i < sections.size(); i++) {
            int first = -1;
            int last = -1;
            for (int c = 0; c < owner.length; c++) {
                if (owner[c] == i) {
                    first = first < 0 ? c : first;
                    last = c;
                }
            }
            ranges[i] = first < 0 ? new int[] {0, 0} : new int[] {first, last + 1};
        }
        double[] coverage = new double[sections.size()];
        for (int i = 0; i < sections.size(); i++) {
            TimeRange range = sections.get(i).timeRange();
            if (range != null && ranges[i][1] > ranges[i][0] && range.durationSeconds() > 0) {
                int start = transcript.cues().get(ranges[i][0]).start();
                int end = transcript.endOf(ranges[i][1] - 1);
                coverage[i] = Math.min(1.0, Math.max(0, Math.min(end, range.endSeconds()) - Math.max(start, range.startSeconds()))
                        / (double) range.durationSeconds());
            }
        }
        return assemble(note, transcript, Anchors.of(note, alignment), ranges, "time", coverage, -1);
    }

    /** The section whose range holds {@code start}; failing that, one within the drift of its edge; else -1. */
    private static int ownerOf(List<Section> sections, int start) {
        int near = -1;
        int nearest = Integer.MAX_VALUE;
        for (int i = 0; i < sections.size(); i++) {
            TimeRange range = sections.get(i).timeRange();
            if (range == null || !range.isOrdered()) {
                continue;
            }
            if (start >= range.startSeconds() && start < Math.max(range.endSeconds(), range.startSeconds() + 1)) {
                return i;
            }
            int distance = start < range.startSeconds() ? range.startSeconds() - start : start - range.endSeconds();
            if (distance <= DRIFT && distance < nearest) {
                near = i;
                nearest = distance;
            }
        }
        return near;
    }

    /**
     * Builds the stretches; {@code measure} is each section's coverage (time) or Chinese length (content,
     * with {@code ratio} the English characters per Chinese one).
     */
    private static TranscriptAlignment assemble(Note note, Transcript transcript, Map<Integer, List<Anchors.Term>> anchors,
                                                int[][] ranges, String method, double[] measure, double ratio) {
        List<Stretch> stretches = new ArrayList<>();
        boolean[] taken = new boolean[transcript.cues().size()];
        List<Section> sections = note.sections();
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            int from = ranges[i][0];
            int to = ranges[i][1];
            for (int c = from; c < to; c++) {
                taken[c] = true;
            }
            String text = joined(transcript, from, to);
            List<Anchors.Term> terms = anchors.get(section.index());
            List<Stretch.Anchor> found = new ArrayList<>();
            double foundWeight = 0;
            double totalWeight = 0;
            for (Anchors.Term term : terms) {
                totalWeight += term.weight();
                Matcher m = term.pattern().matcher(text);
                if (m.find()) {
                    found.add(new Stretch.Anchor(term.text(), m.group(), m.start()));
                    foundWeight += term.weight();
                }
            }
            double confidence;
            if (method.equals("time")) {
                confidence = measure[i];
            } else if (to == from) {
                confidence = 0;
            } else {
                double lengthFit = Math.exp(-Math.abs(Math.log((text.length() + 1) / (ratio * measure[i] + 1))));
                confidence = totalWeight == 0 ? 0.5 * lengthFit : 0.7 * foundWeight / totalWeight + 0.3 * lengthFit;
            }
            stretches.add(new Stretch(section.index(), section.title(), from, to, method, Math.round(confidence * 100) / 100.0,
                    sentences(text), found, Misses.of(note, section, terms, found, text)));
        }
        List<Integer> unassigned = new ArrayList<>();
        for (int c = 0; c < taken.length; c++) {
            if (!taken[c]) {
                unassigned.add(c);
            }
        }
        return new TranscriptAlignment(transcript.name(), method, stretches, unassigned, transcript.cues());
    }

    static String joined(Transcript transcript, int from, int to) {
        return joined(transcript.cues(), from, to);
    }

    static String joined(TranscriptAlignment aligned, int from, int to) {
        return joined(aligned.cues(), from, to);
    }

    private static String joined(List<Cue> cues, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int c = from; c < to; c++) {
            text.append(text.length() == 0 ? "" : " ").append(cues.get(c).text());
        }
        return text.toString();
    }

    private static List<String> sentences(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(EnglishNlp.get().sentences(text)).map(span -> span.getCoveredText(text).toString()).toList();
    }
}
