package io.bitext.cli;

import io.bitext.BitextException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code bitext} command. With no arguments it runs the main job: every note in {@code seeds/}
 * with {@code glossary/} into {@code output/}.
 */
@Command(name = "bitext", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Align, check and export bilingual Chinese–English notes.")
public final class Main implements Runnable {
    /** The subcommands by name, in the order help lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("run", RunCommand::new);
        COMMANDS.put("outline", OutlineCommand::new);
        COMMANDS.put("align", AlignCommand::new);
        COMMANDS.put("check", CheckCommand::new);
        COMMANDS.put("fix", FixCommand::new);
        COMMANDS.put("export", ExportCommand::new);
        COMMANDS.put("import", ImportCommand::new);
        COMMANDS.put("glossary", GlossaryCommand::new);
        COMMANDS.put("help", CommandLine.HelpCommand::new);
    }

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show the stack trace of an error.")
    boolean debug;

    @Override
    public void run() {
        // reached only when a subcommand is missing: run the main job with its defaults
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns its exit code: 0 clean, 1 findings, 2 user error. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        String[] effective = args.length == 0 ? new String[] {"run"} : args;
        CommandLine cli = new CommandLine(new Main());
        // picocli reads every registered command's annotations up front, a tenth of a second of a
        // cold start: a command line that names its command registers that one alone
        String named = Arrays.stream(effective).filter(a -> !a.startsWith("-")).findFirst().orElse("");
        if (COMMANDS.containsKey(named) && !named.equals("help")) {
            cli.addSubcommand(named, COMMANDS.get(named).get());
        } else {
            COMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
        }
        cli.setOut(out);
        cli.setErr(err);
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
