package io.bitext.xliff;

import io.bitext.glossary.GlossaryMatch;
import io.bitext.glossary.GlossaryMatcher;
import io.bitext.glossary.Status;
import java.util.ArrayList;
import java.util.List;

/** Where glossary terms stand in a text part of a unit, for term marks and the unit's glossary. */
final class TermMarks {

    private TermMarks() {
    }

    /** Longest non-overlapping matches in {@code text}; forbidden forms are not marked as terms. */
    static List<GlossaryMatch> in(GlossaryMatcher matcher, String text) {
        if (matcher == null) {
            return List.of();
        }
        List<GlossaryMatch> marks = new ArrayList<>();
        for (GlossaryMatch m : matcher.findLongest(text)) {
            if (m.form().status() != Status.FORBIDDEN) {
                marks.add(m);
            }
        }
        return marks;
    }

    /** The English a translator should write for a matched term. */
    static String english(GlossaryMatch m) {
        return !m.entry().en().isEmpty() ? m.entry().en() : m.text();
    }
}
