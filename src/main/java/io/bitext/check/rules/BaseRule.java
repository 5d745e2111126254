package io.bitext.check.rules;

import io.bitext.check.Category;
import io.bitext.check.Example;
import io.bitext.check.Rule;
import io.bitext.check.Severity;
import java.util.List;

/** The fixed description of a rule; subclasses add the check. */
abstract class BaseRule implements Rule {
    private final String id;
    private final Category category;
    private final Severity severity;
    private final int priority;
    private final String description;
    private final String shortMessage;
    private final List<Example> examples;

    BaseRule(String id, Category category, Severity severity, int priority, String description, String shortMessage,
             Example... examples) {
        this.id = id;
        this.category = category;
        this.severity = severity;
        this.priority = priority;
        this.description = description;
        this.shortMessage = shortMessage;
        this.examples = List.of(examples);
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
    public int priority() {
        return priority;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String shortMessage() {
        return shortMessage;
    }

    @Override
    public List<Example> examples() {
        return examples;
    }
}
