package io.bitext.xliff;

import io.bitext.glossary.GlossaryMatch;
import io.bitext.glossary.GlossaryMatcher;
import io.bitext.glossary.Status;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where glossary terms stand in the text parts of a note's units, for term marks and the units'
 * glossaries: taken from the note-wide matches where a part is the note's text at its place.
 */
final class TermMarks {
    private final GlossaryMatcher matcher;
    private final String text;
    private final List<GlossaryMatch> all;

    /**
     * @param matcher the glossary's matcher; null: no terms
     * @param text    the note's text
     * @param all     every match of {@code matcher} in {@code text}; null: each part is matched alone
     */
    TermMarks(GlossaryMatcher matcher, String text, List<GlossaryMatch> all) {
        this.matcher = matcher;
        this.text = text;
        this.all = all;
    }

    /**
     * Each text part of {@code unit} → its terms, which are also added to {@code terms} in order: the
     * source and the target, the marks and the glossary all read the one match of a part.
     */
    Map<Part.Text, List<GlossaryMatch>> in(Unit unit, List<GlossaryMatch> terms) {
        Map<Part.Text, List<GlossaryMatch>> marks = new IdentityHashMap<>();
        int at = unit.offset(); // a unit's parts, codes included, are its text in the note in order
        for (List<Part> segment : unit.segments()) {
            for (Part part : segment) {
                String original = Part.original(part);
                if (part instanceof Part.Text t) {
                    List<GlossaryMatch> found = in(t.text(), at);
                    marks.put(t, found);
                    terms.addAll(found);
                }
                at += original.length();
            }
        }
        return marks;
    }

    /** Longest non-overlapping matches in {@code part}, which stands at {@code at} in the note if anywhere; forbidden forms are not marked as terms. */
    private List<GlossaryMatch> in(String part, int at) {
        if (matcher == null) {
            return List.of();
        }
        List<GlossaryMatch> found = all != null && text.startsWith(part, at)
                ? matcher.findAll(all, text, at, at + part.length()) : matcher.findAll(part);
        List<GlossaryMatch> marks = new ArrayList<>();
        for (GlossaryMatch m : GlossaryMatcher.longest(found)) {
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
