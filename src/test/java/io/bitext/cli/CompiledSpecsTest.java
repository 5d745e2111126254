package io.bitext.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The models the build compiles from the annotations are the ones picocli reads from them: same help, same arguments. */
class CompiledSpecsTest {
    static Stream<String> commands() {
        return Main.COMMANDS.stream().filter(name -> !name.equals("help"));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandHasTheModelItsAnnotationsGive(String name) {
        CompiledSpecs compiled = CompiledSpecs.load();
        assertNotNull(compiled, "the build writes " + CompiledSpecs.GENERATED);
        CommandLine.IFactory factory = new Main.LazyFactory();
        CommandLine reflected = new CommandLine(new Main());
        reflected.addSubcommand(name, Main.command(name));
        CommandSpec root = compiled.of(new Main(), factory);
        CommandSpec command = compiled.of(Main.command(name), factory);
        assertNotNull(root, "the model of bitext is the one its classes were written from");
        assertNotNull(command, "the model of " + name + " is the one its classes were written from");
        CommandLine built = new CommandLine(root, factory);
        built.addSubcommand(name, new CommandLine(command, factory));
        assertSame(reflected, built);
        assertSame(reflected.getSubcommands().get(name), built.getSubcommands().get(name));
        for (Map.Entry<String, CommandLine> sub : reflected.getSubcommands().get(name).getSubcommands().entrySet()) {
            assertSame(sub.getValue(), built.getSubcommands().get(name).getSubcommands().get(sub.getKey()));
        }
    }

    @Test
    void parsingWritesTheCommandsFieldsAndItsMixinsFields() {
        CheckCommand check = new CheckCommand();
        CommandLine.IFactory factory = new Main.LazyFactory();
        new CommandLine(CompiledSpecs.load().of(check, factory), factory)
                .parseArgs("--format", "json", "-g", "terms.tsv", "--rules", "a,b", "--list-rules", "one.md", "two");
        assertEquals(CheckCommand.Format.json, check.format);
        assertEquals(Path.of("terms.tsv"), check.glossary.glossary);
        assertEquals(Set.of("a", "b"), check.rules);
        assertTrue(check.listRules);
        assertEquals(List.of(Path.of("one.md"), Path.of("two")), check.paths);
        assertNotNull(check.spec);
        assertEquals("error", check.failOn);
    }

    @Test
    void aModelIsLeftForTheAnnotationsOnceItsClassChanged() {
        String[] classes = {Main.class.getName(), GlossaryOptions.class.getName()};
        long main = CompiledSpecs.checksum(Main.class);
        long mixin = CompiledSpecs.checksum(GlossaryOptions.class);
        assertTrue(CompiledSpecs.unchanged(classes, new long[] {main, mixin}));
        assertFalse(CompiledSpecs.unchanged(classes, new long[] {main, mixin ^ 1}));
        assertFalse(CompiledSpecs.unchanged(new String[] {"io.bitext.cli.NoSuchCommand"}, new long[] {main}));
    }

    private static void assertSame(CommandLine reflected, CommandLine built) {
        String where = reflected.getCommandSpec().qualifiedName();
        assertEquals(reflected.getUsageMessage(Help.Ansi.OFF), built.getUsageMessage(Help.Ansi.OFF), where);
        assertEquals(reflected.getUsageMessage(Help.Ansi.ON), built.getUsageMessage(Help.Ansi.ON), where);
        assertEquals(reflected.getCommandSpec().version().length, built.getCommandSpec().version().length, where);
        assertArrayEquals(reflected.getCommandSpec().version(), built.getCommandSpec().version(), where);
        assertEquals(List.copyOf(reflected.getSubcommands().keySet()), List.copyOf(built.getSubcommands().keySet()), where);
        Map<String, List<Object>> expected = describe(reflected.getCommandSpec().args());
        Map<String, List<Object>> actual = describe(built.getCommandSpec().args());
        assertEquals(expected.keySet(), actual.keySet(), where);
        for (String arg : expected.keySet()) {
            for (int i = 0; i < expected.get(arg).size(); i++) {
                assertEquals(expected.get(arg).get(i), actual.get(arg).get(i), where + " " + arg + ", attribute " + i);
            }
        }
    }

    /** Every attribute of every argument that parsing or help reads, by argument. */
    private static Map<String, List<Object>> describe(List<ArgSpec> args) {
        Map<String, List<Object>> described = new LinkedHashMap<>();
        for (ArgSpec arg : args) {
            List<Object> a = new ArrayList<>(List.of(arg.arity(), arg.arity().isUnspecified(), arg.paramLabel(),
                    List.of(arg.description()), String.valueOf(arg.descriptionKey()), arg.type(), List.of(arg.auxiliaryTypes()),
                    arg.splitRegex(), arg.required(), arg.hidden(), String.valueOf(arg.defaultValue()), arg.hasInitialValue(),
                    String.valueOf(arg.initialValue()), arg.scopeType(), arg.inherited(), arg.interactive(), arg.toString(),
                    String.valueOf(arg.completionCandidates() == null ? null : iterate(arg.completionCandidates())),
                    arg.converters().length));
            if (arg instanceof OptionSpec option) {
                a.addAll(List.of(option.usageHelp(), option.versionHelp(), option.negatable(), option.order(), option.help(),
                        String.valueOf(option.fallbackValue())));
                described.put(Arrays.toString(option.names()), a);
            } else {
                var positional = (CommandLine.Model.PositionalParamSpec) arg;
                a.addAll(List.of(positional.index(), positional.index().isUnspecified()));
                described.put(positional.paramLabel() + positional.index(), a);
            }
        }
        return described;
    }

    private static List<String> iterate(Iterable<String> values) {
        List<String> list = new ArrayList<>();
        values.forEach(list::add);
        return list;
    }

    /** The collections the lazy factory makes itself are those picocli's own factory would make. */
    @Test
    void theLazyFactoryMakesTheCollectionsPicocliWould() throws Exception {
        CommandLine.IFactory lazy = new Main.LazyFactory();
        CommandLine.IFactory picocli = CommandLine.defaultFactory();
        for (Class<?> type : new Class<?>[] {java.util.List.class, java.util.Set.class, java.util.SortedSet.class, java.util.Collection.class}) {
            org.junit.jupiter.api.Assertions.assertEquals(picocli.create(type).getClass(), lazy.create(type).getClass(), type.getName());
        }
    }
}
