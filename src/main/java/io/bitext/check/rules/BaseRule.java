package io.bitext.check.rules;

import io.bitext.check.Category;
import io.bitext.check.Rule;
import io.bitext.check.Severity;

/** The fixed description of a rule; subclasses add the check. */
abstract class BaseRule implements Rule {
    private final String id;
    private final Category category;
    private final Severity severity;
    private final String description;

    BaseRule(String id, Category category, Severity severity, String description) {
        this.id = id;
        this.category = category;
        this.severity = severity;
        this.description = description;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Category category() {
        return category;
    }

    @Override
    public Severity defaultSeverity() {
        return severity;
    }

    @Override
    public String description() {
        return description;
    }
}
