package io.bitext.check;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The registry of rules: one line a rule in {@code META-INF/services/io.bitext.check.Rule}, read with
 * the JDK's {@link ServiceLoader}, so that the checker does not depend on the rules' package (which
 * depends on it) and a new rule is one class and one line. The checker runs them by
 * {@link Rule#priority()}, so that where two find the same place the more specific speaks; ids and
 * priorities must be unique.
 */
public final class Rules {
    private static final List<Rule> ALL = sorted(ServiceLoader.load(Rule.class, Rules.class.getClassLoader()).stream()
            .map(ServiceLoader.Provider::get));

    private Rules() {
    }

    /** Every rule, highest priority (lowest number) first. */
    public static List<Rule> all() {
        return ALL;
    }

    private static List<Rule> sorted(Stream<Rule> rules) {
        List<Rule> list = rules.sorted(Comparator.comparingInt(Rule::priority)).toList();
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
