package io.bitext.check;

import io.bitext.note.Excerpt;
import io.bitext.note.Note;
import io.bitext.note.Part;
import io.bitext.note.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects what the rules report, filling in the section each finding stands in: the one place
 * findings are made. A rule that weighs its signals reports with its evidence and a
 * {@link Confidence}, which sets the severity and decides whether a suggestion may stay safe:
 *
 * <pre>{@code
 * findings.report(at, "‘GPT-4.0’ confuses a letter and a digit of GPT-4o",
 *         List.of(Evidence.catalog(entry, "GPT-4o")), 0.92, List.of(Replacement.safe("GPT-4o")));
 * }</pre>
 */
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

    /** Reports at a fixed severity; the excerpts are other occurrences the finding rests on. */
    public void report(Severity severity, Excerpt at, String message, List<Excerpt> evidence,
                       List<Replacement> replacements) {
        add(severity, at, message, evidence.stream().<Evidence>map(e -> Evidence.place(Evidence.Role.OCCURRENCE, e)).toList(), null, replacements);
    }

    /** Reports at a fixed severity, with the evidence the finding rests on (a rule that weighs no signals). */
    public void report(Severity severity, Excerpt at, String message, List<Replacement> replacements, Evidence... evidence) {
        add(severity, at, message, List.of(evidence), null, replacements);
    }

    /**
     * Reports with the evidence the finding rests on and the confidence its signals give: the
     * severity follows the confidence ({@link Confidence#severity}), and a safe suggestion is
     * offered for review instead below {@link Confidence#SAFE}, or when there are several to choose from.
     */
    public void report(Excerpt at, String message, List<Evidence> evidence, double confidence, List<Replacement> replacements) {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("a confidence lies between 0 and 1: " + confidence);
        }
        boolean mayBeSafe = confidence >= Confidence.SAFE && replacements.size() == 1;
        List<Replacement> offered = mayBeSafe ? replacements : replacements.stream().map(r -> Replacement.review(r.text())).toList();
        add(Confidence.severity(confidence), at, message, evidence, confidence, offered);
    }

    private void add(Severity severity, Excerpt at, String message, List<Evidence> evidence, Double confidence,
                     List<Replacement> replacements) {
        Section section = note.sectionAt(at.offset());
        String title = section != null ? section.title() : partTitle(at.offset());
        found.add(new Finding(current.id(), severity, current.category(), message, at, List.of(),
                section == null ? 0 : section.index(), title,
                section == null || section.timeRange() == null ? null : section.timeRange().display(), evidence, confidence,
                replacements));
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
