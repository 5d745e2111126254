package io.bitext.cli;

import io.bitext.error.BitextException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * The {@code bitext} command. With no arguments it runs the main job: every note in {@code seeds/}
 * with {@code glossary/} into {@code output/}.
 */
@Command(name = "bitext", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Align, check and export bilingual Chinese–English notes.")
public final class Main implements Runnable {
    /** The subcommands, in the order help lists them. */
    static final List<String> COMMANDS = List.of("run", "outline", "align", "check", "fix", "export", "import", "report", "glossary", "lsp", "help");

    /** A new instance of the named subcommand; a switch rather than a map of constructor references, which a cold start would link one by one. */
    static Object command(String name) {
        switch (name) {
            case "run": return new RunCommand();
            case "outline": return new OutlineCommand();
            case "align": return new AlignCommand();
            case "check": return new CheckCommand();
            case "fix": return new FixCommand();
            case "export": return new ExportCommand();
            case "import": return new ImportCommand();
            case "report": return new ReportCommand();
            case "glossary": return new GlossaryCommand();
            case "lsp": return new LspCommand();
            case "help": return new CommandLine.HelpCommand();
            default: throw new IllegalArgumentException(name);
        }
    }

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show the stack trace of an error.")
    boolean debug;

    @Override
    public void run() {
        // reached only when a subcommand is missing: run the main job with its defaults
    }

    public static void main(String[] args) {
        ReadAhead.start(args);
        int code = execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        System.out.flush();
        System.err.flush();
        // Halted rather than exited: a command has written, flushed and closed everything when it
        // returns, and Bitext registers no shutdown hook, while System.exit first looks up a
        // System.Logger to log the exit, a service look-up that opens every jar of the class path.
        Runtime.getRuntime().halt(code);
    }

    /** Runs the command line and returns its exit code: 0 clean, 1 findings, 2 user error. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        String[] effective = args.length == 0 ? new String[] {"run"} : args;
        CommandLine cli = commandLine(effective);
        // picocli's own converter for paths is a reflective call to Paths.get, for which the JDK spins
        // a method handle at the first conversion, a few milliseconds of every cold start
        cli.registerConverter(Path.class, Path::of);
        cli.setOut(out);
        cli.setErr(err);
        // a mistyped option is one line that says what was wrong and where the options are listed
        cli.setParameterExceptionHandler((e, arguments) -> {
            e.getCommandLine().getErr().println("bitext: " + e.getMessage() + " (see "
                    + e.getCommandLine().getCommandSpec().qualifiedName(" ") + " --help)");
            return 2;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean debug = parseResult.hasMatchedOption("--debug")
                    || parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"));
            if (debug) {
                commandLine.getErr().print(Traces.format(e));
            }
            if (e instanceof BitextException) {
                commandLine.getErr().println("bitext: " + e.getMessage());
                return 2;
            }
            commandLine.getErr().println("bitext: internal error: " + e + (debug ? "" : " (run with --debug for details)"));
            return 3;
        });
        int code = cli.execute(effective);
        out.flush();
        err.flush();
        return code;
    }

    /** The command line for these arguments, with only the commands they can reach. */
    private static CommandLine commandLine(String[] effective) {
        // picocli reads every registered command's annotations up front, a tenth of a second of a
        // cold start: a command line that names its command registers that one alone, and takes the
        // models the build wrote from the annotations (CompiledSpecs) rather than reading them again
        // (plain loops: a lambda here is linked at its first call, which a start-up archive trained on
        // `check` holds only for the call sites that check reached)
        String named = "";
        boolean version = false;
        for (String arg : effective) {
            version |= arg.equals("--version") || arg.equals("-V");
            if (!arg.startsWith("-")) {
                named = arg;
                break;
            }
        }
        boolean one = COMMANDS.contains(named) && !named.equals("help");
        // bitext --version needs no command at all: the JVM's own start is all it should cost
        boolean none = named.isEmpty() && version;
        CompiledSpecs compiled = one || none ? CompiledSpecs.load() : null;
        if (compiled != null) {
            CommandLine.IFactory factory = new LazyFactory();
            CommandLine cli = new CommandLine(spec(compiled, new Main(), factory), factory);
            if (one) {
                cli.addSubcommand(named, new CommandLine(spec(compiled, command(named), factory), factory));
            }
            return cli;
        }
        CommandLine cli = new CommandLine(new Main());
        if (one) {
            cli.addSubcommand(named, command(named));
        } else if (!none) {
            for (String name : COMMANDS) {
                cli.addSubcommand(name, command(name));
            }
        }
        return cli;
    }

    /** The compiled model of a command, or the one picocli reads from its annotations where the build wrote none. */
    private static CommandSpec spec(CompiledSpecs compiled, Object command, CommandLine.IFactory factory) {
        CommandSpec spec = compiled.of(command, factory);
        return spec != null ? spec : CommandSpec.forAnnotatedObject(command, factory);
    }

    /**
     * picocli's own factory, made on its first use: its class initialiser looks for Groovy on the class
     * path, a search of the whole jar that {@code --version} and most command lines never need.
     */
    static final class LazyFactory implements CommandLine.IFactory {
        private CommandLine.IFactory delegate;

        @Override
        public <K> K create(Class<K> type) throws Exception {
            // the collections an option or a list of parameters fills, made as picocli's factory makes them
            if (type == List.class) {
                return type.cast(new ArrayList<>());
            }
            if (type == Set.class) {
                return type.cast(new LinkedHashSet<>());
            }
            if (delegate == null) {
                delegate = CommandLine.defaultFactory();
            }
            return delegate.create(type);
        }
    }

    /** The version from the jar's manifest, or {@code development} when run from classes. */
    static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"bitext " + version()};
        }
    }
}
