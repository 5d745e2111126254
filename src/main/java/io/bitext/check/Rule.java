package io.bitext.check;

/**
 * One check, in the manner of LanguageTool's rules: a stable id, a category, a default severity and
 * a description, and the check itself, which reads the {@link CheckContext} and reports findings.
 */
public interface Rule {

    String id();

    Category category();

    Severity defaultSeverity();

    /** One sentence: what the rule looks for. */
    String description();

    void check(CheckContext context, Findings findings);
}
