package io.bitext.cli;

import io.bitext.BitextException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code bitext} command. With no arguments it runs the main job: every note in {@code seeds/}
 * with {@code glossary/} into {@code output/}.
 */
@Command(name = "bitext", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Align, check and export bilingual Chinese–English notes.",
        subcommands = {RunCommand.class, OutlineCommand.class, AlignCommand.class, CheckCommand.class, FixCommand.class, ExportCommand.class, ImportCommand.class, GlossaryCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

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
