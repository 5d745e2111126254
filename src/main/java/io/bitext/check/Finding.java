package io.bitext.check;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.bitext.note.Excerpt;
import java.util.List;

/**
 * One problem found in a note, the way LanguageTool's {@code RuleMatch} carries it: which rule, how
 * serious, a message, where exactly, the section it is in, the evidence it rests on, and the
 * suggested replacements.
 *
 * @param rule          the rule's stable id ({@code glossary.forbidden})
 * @param severity      after configuration
 * @param category      the rule's family
 * @param message       one sentence for the editor
 * @param location      the span the finding concerns
 * @param also          further places with the same text and the same fix (a misspelled speaker label on every turn)
 * @param section       the section's number (0 outside the sections)
 * @param sectionTitle  the section's title, or the part's
 * @param timeRange     the section's time range, or null
 * @param evidence      what it rests on: catalog entries, places in the note, the English original, the dictionary
 * @param confidence    0–1, how sure the rule is from the signals it weighed ({@link Confidence}); null for a rule
 *                      that weighs none, whose severity is fixed
 * @param replacements  suggestions, best first
 */
public record Finding(String rule, Severity severity, Category category, String message, Excerpt location,
                      List<Excerpt> also, int section, String sectionTitle, String timeRange, List<Evidence> evidence,
                      Double confidence, List<Replacement> replacements) {

    public Finding {
        also = List.copyOf(also);
        evidence = List.copyOf(evidence);
        replacements = List.copyOf(replacements);
    }

    /** Every place the finding's fix applies to: its location and the repeated ones. */
    public List<Excerpt> places() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(location), also.stream()).toList();
    }

    /** The places in the note the evidence names (the title, another occurrence, the note's remark). */
    @JsonIgnore
    public List<Excerpt> evidencePlaces() {
        return evidence.stream().filter(Evidence.Place.class::isInstance).map(e -> ((Evidence.Place) e).at()).toList();
    }

    /** The first safe replacement, or null. */
    public Replacement safeFix() {
        return replacements.stream().filter(Replacement::safe).findFirst().orElse(null);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, newSeverity, category, message, location, also, section, sectionTitle, timeRange,
                evidence, confidence, replacements);
    }

    public Finding withAlso(List<Excerpt> more) {
        return new Finding(rule, severity, category, message, location, more, section, sectionTitle, timeRange,
                evidence, confidence, replacements);
    }
}
