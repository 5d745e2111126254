package io.bitext.check;

import java.util.List;

/**
 * Rules made together, each by its own constructor call: one reflective step for the whole set
 * ({@link Rules}) rather than one a rule, each of which the JDK spins a constructor accessor for.
 */
public interface RuleSet {

    /** The set's rules, in any order: the checker orders them by {@link Rule#priority()}. */
    List<Rule> rules();
}
