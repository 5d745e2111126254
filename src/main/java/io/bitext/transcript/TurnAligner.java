package io.bitext.transcript;

import io.bitext.align.Alignment;
import io.bitext.note.Block;
import io.bitext.note.BlockKind;
import io.bitext.note.Note;
import io.bitext.note.Section;
import io.bitext.term.TermOccurrence;
import io.bitext.text.EnglishNlp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives each block of a section (a speaker's turn, a paragraph, a key point) the part of its section's
 * English stretch that it summarises. Inside the stretch, the sentences are cut into contiguous,
 * ordered pieces, one per block, by dynamic programming over the block's anchors (its English terms,
 * names and numbers said in the piece, weighted by how few of the section's blocks share them), the
 * speaker (a piece in the transcript speaker's voice that matches the turn's, a near miss such as
 * Eric/Erik included), and a length prior: the Chinese length times the note's typical ratio of
 * English to Chinese. A condensed summary keeps few words of the original, so no single anchor
 * decides; sentences around the pieces may stay unassigned at a small cost (a stretch that runs on past
 * what the note covers pays no more for its tail than a poor length fit would).
 *
 * <pre>{@code
 * TranscriptAlignment sections = TranscriptAligner.align(note, alignment, transcript);
 * TurnAlignment turns = TurnAligner.align(note, alignment, transcript, sections);
 * String english = turns.turn(block.index()).text();
 * }</pre>
 */
public final class TurnAligner {
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])\\d{2,}(?![\\d.])");
    /** Cost of a sentence between two blocks' pieces that neither takes. */
    private static final double SKIP = 0.6;
    private static final double LENGTH = 1.0;
    private static final double SPEAKER = 1.5;
    /** English characters per Chinese one when the note's own stretches give no better figure. */
    private static final double DEFAULT_RATIO = 3.0;

    private TurnAligner() {
    }

    /** One sentence of the stretch: its cue, the cue's speaker, its text. */
    private record Sentence(int cue, String speaker, String text) {
    }

    public static TurnAlignment align(Note note, Alignment alignment, Transcript transcript, TranscriptAlignment sections) {
        Map<Integer, List<TermOccurrence>> termsByBlock = new HashMap<>();
        alignment.extraction().terms().forEach(o -> termsByBlock.computeIfAbsent(o.block(), k -> new ArrayList<>()).add(o));
        double ratio = ratio(note, transcript, sections);
        Map<Integer, TurnAlignment.Turn> turns = new LinkedHashMap<>();
        for (Section section : note.sections()) {
            Stretch stretch = sections.section(section.index());
            List<Block> blocks = section.blocks().stream().filter(TurnAligner::summarises).toList();
            if (stretch == null || !stretch.assigned() || blocks.isEmpty()) {
                continue;
            }
            List<Sentence> sentences = sentences(transcript, stretch.from(), stretch.to());
            Pieces pieces = new Pieces(note, blocks, termsByBlock, sentences, local(note, blocks, sentences, ratio));
            int[][] ranges = pieces.best();
            for (int b = 0; b < blocks.size(); b++) {
                if (ranges[b][1] > ranges[b][0] && !pieces.otherVoice(b, ranges[b])) {
                    turns.put(blocks.get(b).index(), turn(transcript, section, blocks.get(b), sentences, ranges[b], pieces.found(b, ranges[b])));
                }
            }
        }
        return new TurnAlignment(turns);
    }

    /** Blocks with Chinese to render; headings have their section's stretch as a whole. */
    private static boolean summarises(Block block) {
        return block.kind() != BlockKind.HEADING && block.kind() != BlockKind.VERBATIM;
    }

    /**
     * English characters per Chinese one: the median over the sections whose stretch is assigned,
     * so that one stretch running far past what its section covers does not set the scale.
     */
    static double ratio(Note note, Transcript transcript, TranscriptAlignment sections) {
        List<Double> ratios = new ArrayList<>();
        for (Section section : note.sections()) {
            Stretch stretch = sections.section(section.index());
            int chinese = 0;
            for (Block block : section.blocks()) {
                chinese += chineseLength(note, block);
            }
            if (stretch != null && stretch.assigned() && chinese > 0) {
                ratios.add(TranscriptAligner.joined(transcript, stretch.from(), stretch.to()).length() / (double) chinese);
            }
        }
        if (ratios.isEmpty()) {
            return DEFAULT_RATIO;
        }
        ratios.sort(Double::compare);
        return ratios.get(ratios.size() / 2);
    }

    /**
     * The section's own ratio of English to Chinese, kept within half again of the note's: the blocks of
     * a well-cut stretch share all of it, while a stretch that runs on past what its section covers
     * does not stretch its blocks' pieces with it.
     */
    private static double local(Note note, List<Block> blocks, List<Sentence> sentences, double ratio) {
        int chinese = 0;
        for (Block block : blocks) {
            chinese += chineseLength(note, block);
        }
        int english = 0;
        for (Sentence sentence : sentences) {
            english += sentence.text().length() + 1;
        }
        double own = chinese == 0 ? ratio : english / (double) chinese;
        return Math.max(ratio / 1.5, Math.min(ratio * 1.5, own));
    }

    static int chineseLength(Note note, Block block) {
        String text = block.plainText(note.source()).text();
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            length += Character.isWhitespace(text.charAt(i)) ? 0 : 1;
        }
        return length;
    }

    private static List<Sentence> sentences(Transcript transcript, int from, int to) {
        Pattern labels = labels(transcript);
        List<Sentence> sentences = new ArrayList<>();
        for (int c = from; c < to; c++) {
            Cue cue = transcript.cues().get(c);
            String speaker = cue.speaker();
            int at = 0;
            Matcher label = labels == null ? null : labels.matcher(cue.text());
            while (label != null && label.find()) {
                split(sentences, c, speaker, cue.text().substring(at, label.start()));
                speaker = label.group(1);
                at = label.end();
            }
            split(sentences, c, speaker, cue.text().substring(at));
        }
        return sentences;
    }

    /**
     * The transcript's speaker labels as they may stand inside a cue's text ({@code … none Alex: Hey}),
     * where a reader joined lines of two voices: each starts a new voice. Null without speakers.
     */
    private static Pattern labels(Transcript transcript) {
        List<String> names = transcript.cues().stream().map(Cue::speaker).filter(java.util.Objects::nonNull).distinct()
                .map(Pattern::quote).toList();
        return names.isEmpty() ? null : Pattern.compile("(?<=^|[\\s.!?])(" + String.join("|", names) + "):\\s+");
    }

    private static void split(List<Sentence> sentences, int cue, String speaker, String text) {
        if (text.isBlank()) {
            return;
        }
        for (var span : EnglishNlp.get().sentences(text)) {
            sentences.add(new Sentence(cue, speaker, span.getCoveredText(text).toString()));
        }
    }

    private static TurnAlignment.Turn turn(Transcript transcript, Section section, Block block, List<Sentence> sentences,
                                           int[] range, int anchors) {
        StringBuilder text = new StringBuilder();
        String speaker = null;
        for (int s = range[0]; s < range[1]; s++) {
            Sentence sentence = sentences.get(s);
            boolean newSpeaker = sentence.speaker() != null && !sentence.speaker().equals(speaker);
            if (text.length() > 0) {
                text.append(newSpeaker ? "\n" : " ");
            }
            if (newSpeaker) {
                text.append(sentence.speaker()).append(": ");
                speaker = sentence.speaker();
            }
            text.append(sentence.text());
        }
        Cue first = transcript.cues().get(sentences.get(range[0]).cue());
        return new TurnAlignment.Turn(block.index(), section.index(), text.toString(), first.start(), first.line(), anchors);
    }

    /** The dynamic programme over one section: blocks in order, each a contiguous piece of the sentences. */
    private static final class Pieces {
        /** An empty piece: a block the stretch says nothing of. */
        private static final double EMPTY = -3.0;
        private final List<Block> blocks;
        private final List<Sentence> sentences;
        /** weights[block][anchor], hits[block][anchor][sentence]. */
        private final double[][] weights;
        private final boolean[][][] hits;
        /** voice[block][sentence]: +1 the turn's speaker says it, -1 someone else, 0 unknown. */
        private final int[][] voice;
        private final double[] expected;
        private final int[] lengthBefore;

        Pieces(Note note, List<Block> blocks, Map<Integer, List<TermOccurrence>> termsByBlock, List<Sentence> sentences, double ratio) {
            this.blocks = blocks;
            this.sentences = sentences;
            List<List<String>> keys = new ArrayList<>();
            Map<String, Integer> spread = new HashMap<>();
            for (Block block : blocks) {
                List<String> own = anchorTexts(note, block, termsByBlock);
                own.forEach(k -> spread.merge(key(k), 1, Integer::sum));
                keys.add(own);
            }
            int n = blocks.size();
            weights = new double[n][];
            hits = new boolean[n][][];
            voice = new int[n][sentences.size()];
            expected = new double[n];
            for (int b = 0; b < n; b++) {
                List<String> own = keys.get(b);
                weights[b] = new double[own.size()];
                hits[b] = new boolean[own.size()][sentences.size()];
                for (int a = 0; a < own.size(); a++) {
                    weights[b][a] = Math.log(1.0 + (double) n / spread.get(key(own.get(a))));
                    Pattern pattern = Anchors.pattern(own.get(a));
                    for (int s = 0; s < sentences.size(); s++) {
                        hits[b][a][s] = pattern.matcher(sentences.get(s).text()).find();
                    }
                }
                for (int s = 0; s < sentences.size(); s++) {
                    voice[b][s] = voice(blocks.get(b), sentences.get(s).speaker());
                }
                expected[b] = Math.max(20, ratio * chineseLength(note, blocks.get(b)));
            }
            lengthBefore = new int[sentences.size() + 1];
            for (int s = 0; s < sentences.size(); s++) {
                lengthBefore[s + 1] = lengthBefore[s] + sentences.get(s).text().length() + 1;
            }
        }

        /** A block's English terms and numbers, each once by its key. */
        private static List<String> anchorTexts(Note note, Block block, Map<Integer, List<TermOccurrence>> termsByBlock) {
            Map<String, String> own = new LinkedHashMap<>();
            for (TermOccurrence o : termsByBlock.getOrDefault(block.index(), List.of())) {
                own.putIfAbsent(key(o.english()), o.english());
            }
            Matcher number = NUMBER.matcher(block.text().cut(note.text()));
            while (number.find()) {
                own.putIfAbsent(number.group(), number.group());
            }
            return new ArrayList<>(own.values());
        }

        private static int voice(Block block, String speaker) {
            if (speaker == null || block.speaker() == null) {
                return 0;
            }
            String first = speaker.split("\\s+")[0];
            String name = block.speaker().name().split("\\s+")[0];
            String alias = block.speaker().alias();
            boolean same = speaker.equalsIgnoreCase(block.speaker().name()) || first.equalsIgnoreCase(name)
                    || alias != null && first.equalsIgnoreCase(alias) || Misses.nearMiss(name, first);
            return same ? 1 : -1;
        }

        /** Sentence ranges [from, to) per block, empty where a block gets none. */
        int[][] best() {
            int n = blocks.size();
            int m = sentences.size();
            double[][] best = new double[n + 1][m + 1];
            int[][] from = new int[n + 1][m + 1];
            for (double[] row : best) {
                Arrays.fill(row, Double.NEGATIVE_INFINITY);
            }
            for (int j = 0; j <= m; j++) {
                best[0][j] = -SKIP / 2 * j; // sentences before the first piece cost less: the stretch may start early
            }
            for (int i = 1; i <= n; i++) {
                for (int k = 0; k <= m; k++) {
                    if (best[i - 1][k] != Double.NEGATIVE_INFINITY) {
                        extend(i - 1, k, best[i - 1][k], best[i], from[i]);
                    }
                }
                for (int j = 1; j <= m && i < n; j++) {
                    if (best[i][j - 1] - SKIP > best[i][j]) {
                        best[i][j] = best[i][j - 1] - SKIP;
                        from[i][j] = -1 - (j - 1); // sentence j-1 left between block i and the next
                    }
                }
            }
            int end = 0;
            for (int j = 0; j <= m; j++) {
                end = best[n][j] - tail(m - j) > best[n][end] - tail(m - end) ? j : end;
            }
            int[][] ranges = new int[n][2];
            int j = end;
            for (int i = n; i >= 1; i--) {
                while (from[i][j] < 0) {
                    j = -1 - from[i][j];
                }
                ranges[i - 1] = new int[] {from[i][j], j};
                j = from[i][j];
            }
            return ranges;
        }

        /**
         * The cost of sentences left after the last piece: as before the first, but no more than a
         * poor length fit costs, for a stretch that runs on long past what its section covers.
         */
        private static double tail(int sentences) {
            return Math.min(SKIP / 2 * sentences, 2.0);
        }

        /** Scores block {@code b} taking the sentences (k, j] for every j, growing the piece one sentence at a time. */
        private void extend(int b, int k, double before, double[] best, int[] from) {
            if (before + EMPTY > best[k]) {
                best[k] = before + EMPTY;
                from[k] = k;
            }
            boolean[] found = new boolean[weights[b].length];
            double anchors = 0;
            int against = 0;
            int with = 0;
            for (int j = k + 1; j < lengthBefore.length; j++) {
                int s = j - 1;
                for (int a = 0; a < found.length; a++) {
                    if (!found[a] && hits[b][a][s]) {
                        found[a] = true;
                        anchors += weights[b][a];
                    }
                }
                against += voice[b][s] < 0 ? 1 : 0;
                with += voice[b][s] > 0 ? 1 : 0;
                int length = lengthBefore[j] - lengthBefore[k];
                double score = before + anchors - SPEAKER * against + (with > 0 ? SPEAKER * with / (j - k) : 0)
                        - LENGTH * Math.abs(Math.log((length + 1) / (expected[b] + 1)));
                if (score > best[j]) {
                    best[j] = score;
                    from[j] = k;
                }
                if (length > 8 * expected[b]) {
                    break; // far past any length the block could render
                }
            }
        }

        /** Whether every sentence of the piece is someone else's: a turn the transcript does not have. */
        boolean otherVoice(int b, int[] range) {
            for (int s = range[0]; s < range[1]; s++) {
                if (voice[b][s] >= 0) {
                    return false;
                }
            }
            return true;
        }

        int found(int b, int[] range) {
            int count = 0;
            for (int a = 0; a < weights[b].length; a++) {
                for (int s = range[0]; s < range[1]; s++) {
                    if (hits[b][a][s]) {
                        count++;
                        break;
                    }
                }
            }
            return count;
        }
    }

    private static String key(String term) {
        return term.toLowerCase(Locale.ROOT).replace('-', ' ');
    }
}
