package io.bitext.term;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds bracketed groups in text: full-width {@code （…）} and ASCII {@code (…)}, nested groups kept
 * inside their outer group. A bracket left open is skipped; the checker reports it.
 */
final class Brackets {

    /** A group: {@code open} is the index of the opening bracket, {@code close} of the closing one. */
    record Group(int open, int close) {
        int innerStart() {
            return open + 1;
        }

        String inner(String text) {
            return text.substring(open + 1, close);
        }
    }

    private Brackets() {
    }

    static boolean isOpen(char c) {
        return c == '（' || c == '(';
    }

    static boolean isClose(char c) {
        return c == '）' || c == ')';
    }

    /** Outermost groups, left to right. */
    static List<Group> find(String text) {
        List<Group> groups = new ArrayList<>();
        int depth = 0;
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isOpen(c)) {
                if (depth == 0) {
                    open = i;
                }
                depth++;
            } else if (isClose(c) && depth > 0) {
                depth--;
                if (depth == 0) {
                    groups.add(new Group(open, i));
                }
            } else if ((c == '\n' || c == '\r') && depth > 0) {
                depth = 0; // a bracket never spans lines in these notes: drop the unclosed one
            }
        }
        return groups;
    }
}
