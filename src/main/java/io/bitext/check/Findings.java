package io.bitext.check;

import io.bitext.note.Excerpt;
import io.bitext.note.Note;
import io.bitext.note.Part;
import io.bitext.note.Section;
import java.util.ArrayList;
import java.util.List;

/** Collects what the rules report, filling in the section each finding stands in. */
public final class Findings {
    private final Note note;
    private final List<Finding> found = new ArrayList<>();
    private Rule current;

    public Findings(Note note) {
        this.note = note;
    }

    void start(Rule rule) {
        this.current = rule;
    }

    /** Reports at the rule's default severity. */
    public void report(Excerpt at, String message, List<Excerpt> evidence, List<Replacement> replacements) {
        report(current.defaultSeverity(), at, message, evidence, replacements);
    }

    public void report(Severity severity, Excerpt at, String message, List<Excerpt> evidence,
                       List<Replacement> replacements) {
        Section section = note.sectionAt(at.offset());
        String title = section != null ? section.title() : partTitle(at.offset());
        found.add(new Finding(current.id(), severity, current.category(), message, at, List.of(),
                section == null ? 0 : section.index(), title,
                section == null || section.timeRange() == null ? null : section.timeRange().display(), evidence, replacements));
    }

    private String partTitle(int offset) {
        for (Part part : note.parts()) {
            if (part.span().contains(offset)) {
                return part.title();
            }
        }
        return "";
    }

    List<Finding> all() {
        return found;
    }
}
