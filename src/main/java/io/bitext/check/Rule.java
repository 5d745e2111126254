package io.bitext.check;

import io.bitext.glossary.Glossary;
import java.util.List;

/**
 * One check, in the manner of LanguageTool's rules: a stable id, a category, a default severity, a
 * description and a short message, examples of text it must and must not flag, a priority, and the
 * check itself, which reads the {@link CheckContext} and reports findings. A rule is one class,
 * registered in a {@link RuleSet}.
 */
public interface Rule {

    String id();

    Category category();

    Severity defaultSeverity();

    /** One sentence: what the rule looks for. */
    String description();

    /** A few words for a margin or a list: {@code house style}, {@code misheard name}. */
    String shortMessage();

    /**
     * Which rule speaks when two find the same place: the lower number. The more specific a rule's
     * evidence (a glossary entry, the note's own remark), the lower its number.
     */
    int priority();

    /** Text the rule must flag and text it must leave alone; at least one of each. */
    List<Example> examples();

    void check(CheckContext context, Findings findings);

    /**
     * Builds what the rule derives from a glossary (an index of its names, say) before the first note
     * comes ({@link Checker#prepare()}), so that a cold check does that work while the note is still
     * being parsed. Without it the rule builds the same on its first note. Nothing by default.
     */
    default void prepare(Glossary glossary) {
    }
}
