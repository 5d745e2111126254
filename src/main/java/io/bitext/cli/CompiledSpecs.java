package io.bitext.cli;

import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The commands' picocli models, built with picocli's programmatic API by code that {@link SpecWriter}
 * writes from the annotations at build time. Reading the annotations at run time costs a cold start
 * most of its argument parsing: the JDK parses each one into a proxy class it spins on first use.
 */
interface CompiledSpecs {
    /** The generated implementation's name; absent where the build step did not run (classes compiled by an IDE). */
    String GENERATED = "io.bitext.cli.GeneratedSpecs";

    /** The model of this command object with its fields bound, or null for a class the build did not see. */
    CommandSpec of(Object command, IFactory factory);

    /** The generated models, or null when they are absent: the caller then reads the annotations. */
    static CompiledSpecs load() {
        try {
            return (CompiledSpecs) Class.forName(GENERATED).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }
}
