package io.bitext.match;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Finds every occurrence of many patterns in one pass over a text (Aho–Corasick). The automaton is
 * built once from the patterns and then shared: matching keeps no state in it, so threads may use it
 * together. Goto edges are stored in three flat arrays (each state's edges a sorted run of
 * characters, searched by binary search), which keeps a 100 000-pattern automaton in a few tens of
 * megabytes and lets {@link #write} and {@link #read} store a built automaton as it is: a program
 * that matches the same patterns at every start reads it instead of building it again.
 *
 * <pre>{@code
 * AhoCorasick ac = AhoCorasick.of(List.of("rl", "rlhf"));
 * ac.search("rlhf and rl", (pattern, start, end) -> System.out.println(pattern + " " + start));
 * }</pre>
 */
public final class AhoCorasick {
    private static final int FORMAT = 1;
    /** State {@code s}'s edges are {@code labels[edgeStart[s] .. edgeStart[s + 1])}, sorted, with their {@code targets}. */
    private final int[] edgeStart;
    private final char[] labels;
    private final int[] targets;
    private final int[] fail;
    /** The pattern that ends at a state, or -1. */
    private final int[] patternAt;
    /** The nearest state on the failure chain (excluding the state itself) where a pattern ends, or -1. */
    private final int[] outputLink;
    private final int[] lengths;
    /**
     * The root's transitions for every char: most characters of a text lead back to the root, and
     * this makes that step a lookup instead of a search (256 KiB, once per automaton).
     */
    private final int[] fromRoot = new int[Character.MAX_VALUE + 1];

    /** Receives each match: the pattern's index in the list given to {@link #of}, and [start, end) in the text. */
    @FunctionalInterface
    public interface Hit {
        void found(int pattern, int start, int end);
    }

    private AhoCorasick(int[] edgeStart, char[] labels, int[] targets, int[] fail, int[] patternAt, int[] outputLink,
                        int[] lengths) {
        this.edgeStart = edgeStart;
        this.labels = labels;
        this.targets = targets;
        this.fail = fail;
        this.patternAt = patternAt;
        this.outputLink = outputLink;
        this.lengths = lengths;
        for (int e = edgeStart[0]; e < edgeStart[1]; e++) {
            fromRoot[labels[e]] = targets[e];
        }
    }

    /** Writes the automaton as {@link #read} takes it back. */
    public void write(DataOutputStream out) throws IOException {
        out.writeInt(FORMAT);
        out.writeInt(fail.length);
        out.writeInt(labels.length);
        out.writeInt(lengths.length);
        writeInts(out, edgeStart);
        for (char c : labels) {
            out.writeChar(c);
        }
        writeInts(out, targets);
        writeInts(out, fail);
        writeInts(out, patternAt);
        writeInts(out, outputLink);
        writeInts(out, lengths);
    }

    private static void writeInts(DataOutputStream out, int[] values) throws IOException {
        for (int v : values) {
            out.writeInt(v);
        }
    }

    /**
     * Reads an automaton {@link #write} wrote, from the buffer's position on (big-endian), leaving the
     * position after it. Bulk copies, no per-state objects: what makes reading cheaper than building.
     */
    public static AhoCorasick read(ByteBuffer in) {
        if (in.getInt() != FORMAT) {
            throw new IllegalArgumentException("not an automaton of this version");
        }
        int states = in.getInt();
        int edges = in.getInt();
        int patterns = in.getInt();
        int[] edgeStart = ints(in, states + 1);
        char[] labels = new char[edges];
        in.asCharBuffer().get(labels);
        in.position(in.position() + 2 * edges);
        int[] targets = ints(in, edges);
        int[] fail = ints(in, states);
        int[] patternAt = ints(in, states);
        int[] outputLink = ints(in, states);
        int[] lengths = ints(in, patterns);
        return new AhoCorasick(edgeStart, labels, targets, fail, patternAt, outputLink, lengths);
    }

    private static int[] ints(ByteBuffer in, int count) {
        int[] values = new int[count];
        in.asIntBuffer().get(values);
        in.position(in.position() + 4 * count);
        return values;
    }

    /** Builds the automaton; patterns must be distinct and non-empty. */
    public static AhoCorasick of(java.util.List<String> patterns) {
        return new Builder(patterns).build();
    }

    public int patternCount() {
        return lengths.length;
    }

    public int stateCount() {
        return fail.length;
    }

    public void search(CharSequence text, Hit hit) {
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            state = next(state, text.charAt(i));
            int s = patternAt[state] >= 0 ? state : outputLink[state];
            while (s > 0) {
                int pattern = patternAt[s];
                hit.found(pattern, i + 1 - lengths[pattern], i + 1);
                s = outputLink[s];
            }
        }
    }

    private int next(int state, char c) {
        while (true) {
            if (state == 0) {
                return fromRoot[c];
            }
            int at = Arrays.binarySearch(labels, edgeStart[state], edgeStart[state + 1], c);
            if (at >= 0) {
                return targets[at];
            }
            state = fail[state];
        }
    }

    private static final class Builder {
        private final java.util.List<String> patterns;
        private char[][] labels = new char[16][];
        private int[][] targets = new int[16][];
        private int[] sizes = new int[16];
        private int[] patternAt = new int[16];
        private int states = 1;

        Builder(java.util.List<String> patterns) {
            this.patterns = patterns;
            labels[0] = new char[2];
            targets[0] = new int[2];
            patternAt[0] = -1;
        }

        AhoCorasick build() {
            int[] lengths = new int[patterns.size()];
            for (int p = 0; p < patterns.size(); p++) {
                String pattern = patterns.get(p);
                if (pattern.isEmpty()) {
                    throw new IllegalArgumentException("empty pattern at " + p);
                }
                lengths[p] = pattern.length();
                int state = 0;
                for (int i = 0; i < pattern.length(); i++) {
                    state = child(state, pattern.charAt(i));
                }
                if (patternAt[state] >= 0) {
                    throw new IllegalArgumentException("duplicate pattern '" + pattern + "'");
                }
                patternAt[state] = p;
            }
            int[] edgeStart = new int[states + 1];
            for (int s = 0; s < states; s++) {
                edgeStart[s + 1] = edgeStart[s] + sizes[s];
            }
            char[] flatLabels = new char[edgeStart[states]];
            int[] flatTargets = new int[edgeStart[states]];
            for (int s = 0; s < states; s++) {
                System.arraycopy(labels[s], 0, flatLabels, edgeStart[s], sizes[s]);
                System.arraycopy(targets[s], 0, flatTargets, edgeStart[s], sizes[s]);
            }
            int[] fail = new int[states];
            int[] outputLink = new int[states];
            int[] finalPatternAt = Arrays.copyOf(patternAt, states);
            linkFailures(edgeStart, flatLabels, flatTargets, fail, outputLink, finalPatternAt);
            return new AhoCorasick(edgeStart, flatLabels, flatTargets, fail, finalPatternAt, outputLink, lengths);
        }

        /** The child of {@code state} on {@code c}, made when missing; edges stay sorted by character. */
        private int child(int state, char c) {
            int size = sizes[state];
            int at = Arrays.binarySearch(labels[state], 0, size, c);
            if (at >= 0) {
                return targets[state][at];
            }
            int insert = -at - 1;
            if (size == labels[state].length) {
                labels[state] = Arrays.copyOf(labels[state], Math.max(2, size * 2));
                targets[state] = Arrays.copyOf(targets[state], Math.max(2, size * 2));
            }
            System.arraycopy(labels[state], insert, labels[state], insert + 1, size - insert);
            System.arraycopy(targets[state], insert, targets[state], insert + 1, size - insert);
            int created = newState();
            labels[state][insert] = c;
            targets[state][insert] = created;
            sizes[state]++;
            return created;
        }

        private int newState() {
            if (states == sizes.length) {
                int grown = states * 2;
                labels = Arrays.copyOf(labels, grown);
                targets = Arrays.copyOf(targets, grown);
                sizes = Arrays.copyOf(sizes, grown);
                patternAt = Arrays.copyOf(patternAt, grown);
            }
            labels[states] = new char[1];
            targets[states] = new int[1];
            patternAt[states] = -1;
            return states++;
        }

        /** Breadth-first: a state's failure is the longest proper suffix of its path that is also a path. */
        private static void linkFailures(int[] edgeStart, char[] labels, int[] targets, int[] fail, int[] outputLink,
                                         int[] patternAt) {
            int[] queue = new int[fail.length];
            int head = 0;
            int tail = 0;
            outputLink[0] = -1;
            for (int e = edgeStart[0]; e < edgeStart[1]; e++) {
                int child = targets[e];
                fail[child] = 0;
                outputLink[child] = -1;
                queue[tail++] = child;
            }
            while (head < tail) {
                int state = queue[head++];
                for (int e = edgeStart[state]; e < edgeStart[state + 1]; e++) {
                    char c = labels[e];
                    int child = targets[e];
                    int f = fail[state];
                    int target;
                    while (true) {
                        int at = Arrays.binarySearch(labels, edgeStart[f], edgeStart[f + 1], c);
                        if (at >= 0) {
                            target = targets[at];
                            break;
                        }
                        if (f == 0) {
                            target = 0;
                            break;
                        }
                        f = fail[f];
                    }
                    fail[child] = target;
                    outputLink[child] = patternAt[target] >= 0 ? target : outputLink[target];
                    queue[tail++] = child;
                }
            }
        }
    }
}
