package io.bitext.check;

import java.lang.reflect.InvocationTargetException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The registry of rules: those of the built-in {@link RuleSet}, which this package names rather than
 * imports because the rules' package depends on it. The set is made by name, not found with the
 * JDK's {@code ServiceLoader}, whose look-up opens and searches every jar of the class path: on a
 * cold check that was the only reason to open the application's 19,000-entry jar. The checker runs
 * the rules by {@link Rule#priority()}, so that where two find the same place the more specific
 * speaks; ids and priorities must be unique.
 */
public final class Rules {
    private static final String BUILT_IN = "io.bitext.check.rules.BuiltInRules";

    private static final List<Rule> ALL = sorted(builtIn().rules());

    private Rules() {
    }

    /** Every rule, highest priority (lowest number) first. */
    public static List<Rule> all() {
        return ALL;
    }

    private static RuleSet builtIn() {
        try {
            return (RuleSet) Class.forName(BUILT_IN).getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException | NoSuchMethodException | InstantiationException | IllegalAccessException
                 | InvocationTargetException e) {
            throw new IllegalStateException("the built-in rules cannot be made: " + e, e);
        }
    }

    private static List<Rule> sorted(List<Rule> rules) {
        List<Rule> list = rules.stream().sorted(Comparator.comparingInt(Rule::priority)).toList();
        Set<String> ids = new HashSet<>();
        Set<Integer> priorities = new HashSet<>();
        for (Rule rule : list) {
            if (!ids.add(rule.id()) || !priorities.add(rule.priority())) {
                throw new IllegalStateException("rule " + rule.id() + " repeats an id or a priority");
            }
        }
        return list;
    }
}
