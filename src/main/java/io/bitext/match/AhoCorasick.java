package io.bitext.match;

import java.util.Arrays;

/**
 * Finds every occurrence of many patterns in one pass over a text (Aho–Corasick). The automaton is
 * built once from the patterns and then shared: matching keeps no state in it, so threads may use it
 * together. Goto edges are stored per state as sorted character arrays and searched by binary
 * search, which keeps a 100 000-pattern automaton in a few tens of megabytes.
 *
 * <pre>{@code
 * AhoCorasick ac = AhoCorasick.of(List.of("rl", "rlhf"));
 * ac.search("rlhf and rl", (pattern, start, end) -> System.out.println(pattern + " " + start));
 * }</pre>
 */
public final class AhoCorasick {
    private final char[][] labels;
    private final int[][] targets;
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

    private AhoCorasick(char[][] labels, int[][] targets, int[] fail, int[] patternAt, int[] outputLink, int[] lengths) {
        this.labels = labels;
        this.targets = targets;
        this.fail = fail;
        this.patternAt = patternAt;
        this.outputLink = outputLink;
        this.lengths = lengths;
        for (int e = 0; e < labels[0].length; e++) {
            fromRoot[labels[0][e]] = targets[0][e];
        }
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
            int at = Arrays.binarySearch(labels[state], c);
            if (at >= 0) {
                return targets[state][at];
            }
            if (state == 0) {
                return 0;
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
            char[][] finalLabels = new char[states][];
            int[][] finalTargets = new int[states][];
            for (int s = 0; s < states; s++) {
                finalLabels[s] = Arrays.copyOf(labels[s], sizes[s]);
                finalTargets[s] = Arrays.copyOf(targets[s], sizes[s]);
            }
            int[] fail = new int[states];
            int[] outputLink = new int[states];
            int[] finalPatternAt = Arrays.copyOf(patternAt, states);
            linkFailures(finalLabels, finalTargets, fail, outputLink, finalPatternAt);
            return new AhoCorasick(finalLabels, finalTargets, fail, finalPatternAt, outputLink, lengths);
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
        private static void linkFailures(char[][] labels, int[][] targets, int[] fail, int[] outputLink, int[] patternAt) {
            int[] queue = new int[fail.length];
            int head = 0;
            int tail = 0;
            outputLink[0] = -1;
            for (int child : targets[0]) {
                fail[child] = 0;
                outputLink[child] = -1;
                queue[tail++] = child;
            }
            while (head < tail) {
                int state = queue[head++];
                for (int e = 0; e < labels[state].length; e++) {
                    char c = labels[state][e];
                    int child = targets[state][e];
                    int f = fail[state];
                    int target;
                    while (true) {
                        int at = Arrays.binarySearch(labels[f], c);
                        if (at >= 0) {
                            target = targets[f][at];
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
