package io.bitext.cli;

import io.bitext.error.BitextException;
import io.bitext.glossary.CsvGlossary;
import io.bitext.glossary.Entry;
import io.bitext.glossary.Glossary;
import io.bitext.glossary.GlossaryFiles;
import io.bitext.glossary.OmegaTGlossary;
import io.bitext.glossary.TbxGlossary;
import io.bitext.glossary.TermType;
import io.bitext.glossary.TsvGlossary;
import io.bitext.harvest.Candidate;
import io.bitext.harvest.GlossaryHarvester;
import io.bitext.io.AtomicFiles;
import io.bitext.io.NoteFinder;
import io.bitext.session.Session;
import io.bitext.session.Setup;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "glossary", mixinStandardHelpOptions = true, description = "Validate, export, import and extend the glossary.",
        subcommands = {GlossaryCommand.Validate.class, GlossaryCommand.Export.class, GlossaryCommand.Import.class,
                GlossaryCommand.Extract.class})
final class GlossaryCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Writes {@code bytes} to {@code file} atomically, or prints them when no file is given. */
    static void emit(CommandSpec spec, Path file, byte[] bytes) {
        if (file == null) {
            spec.commandLine().getOut().print(new String(bytes, StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        } else {
            AtomicFiles.write(file, bytes);
            spec.commandLine().getErr().println("wrote " + file);
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true, description = "Read the glossary and report what it holds; exit 2 on a malformed or contradictory row.")
    static final class Validate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = {"-g", "--glossary"}, paramLabel = "DIR|FILE", description = "The glossary folder or file to validate (default: the built-in glossary).")
        Path glossary;

        @Option(names = "--require-sources", description = "Also reject a curated row without a source URL (always so for the built-in glossary).")
        boolean requireSources;

        @Override
        public Integer call() {
            Glossary loaded = glossary == null ? Glossary.builtIn() : Glossary.load(glossary);
            Map<TermType, Integer> byType = new EnumMap<>(TermType.class);
            int forms = 0;
            for (Entry entry : loaded.entries()) {
                byType.merge(entry.type(), 1, Integer::sum);
                forms += entry.forms().size();
            }
            var problems = io.bitext.glossary.GlossaryValidator.validate(loaded, requireSources || glossary == null);
            if (!problems.isEmpty()) {
                var err = spec.commandLine().getErr();
                problems.forEach(p -> err.println(loaded.origin() + ": " + p.entry() + ": " + p.message()));
                err.flush();
                throw new BitextException(loaded.origin() + ": " + problems.size() + " bad rows");
            }
            var out = spec.commandLine().getOut();
            out.printf("%s: %d concepts, %d forms, none malformed%n", loaded.origin(), loaded.size(), forms);
            byType.forEach((type, n) -> out.printf("  %-13s %d%n", type.label(), n));
            out.flush();
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write the glossary as TBX-Basic (v3 or TBX 2), TSV, CSV (for CAT tools, or every column) or OmegaT's glossary format.")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--format", required = true, paramLabel = "tbx|tbx2|tsv|csv|fullcsv|omegat",
                description = "Output format: ${COMPLETION-CANDIDATES}.")
        GlossaryFiles.Format format;

        @Mixin
        GlossaryOptions glossary;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here (default: standard output).")
        Path output;

        @Override
        public Integer call() {
            emit(spec, output, GlossaryFiles.write(glossary.load().entries(), format));
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Read a TBX, CSV or TSV glossary and write it as the glossary's TSV.")
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "A .tbx, .csv or .tsv glossary.")
        Path input;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE.tsv", description = "Write here (default: standard output).")
        Path output;

        @Override
        public Integer call() {
            List<Entry> entries = GlossaryFiles.read(input);
            emit(spec, output, TsvGlossary.write(entries).getBytes(StandardCharsets.UTF_8));
            return 0;
        }
    }

    @Command(name = "extract", mixinStandardHelpOptions = true, description = "Harvest glossary candidates from notes; with -o, append new ones to a TSV.")
    static final class Extract implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "NOTE|DIR", description = "Notes, or folders of notes.")
        List<Path> paths;

        @Mixin
        GlossaryOptions glossary;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE.tsv",
                description = "TSV to extend: its rows are kept byte for byte, new candidates appended (created when missing).")
        Path output;

        @Override
        public Integer call() {
            Glossary known = glossary.load();
            Setup setup = Setup.builder().glossary(known).build();
            List<Session> notes = new ArrayList<>();
            for (Path path : NoteFinder.find(paths)) {
                notes.add(setup.open(path));
            }
            List<Candidate> candidates = GlossaryHarvester.harvest(notes, known);
            GlossaryFiles.Appended appended = GlossaryFiles.append(output, (ids, english) -> GlossaryHarvester.entries(candidates, ids, english));
            report(candidates, appended);
            if (output == null) {
                spec.commandLine().getOut().print(appended.text());
            } else {
                AtomicFiles.write(output, appended.text().getBytes(StandardCharsets.UTF_8));
            }
            spec.commandLine().getOut().flush();
            return 0;
        }

        private void report(List<Candidate> candidates, GlossaryFiles.Appended appended) {
            var log = output == null ? spec.commandLine().getErr() : spec.commandLine().getOut();
            TextTable table = new TextTable(List.of("English", "中文", "uses", "notes", "status"), 40, 24, 0, 0, 30);
            for (Candidate c : candidates) {
                String status = c.known() != null ? "in glossary (" + c.known().id() + ")"
                        : appended.added().contains(c.english()) ? "new" : "already in " + (output == null ? "file" : output.getFileName());
                table.row(c.english(), c.rendering(), c.count(), c.notes().size(), status);
            }
            log.print(table.render());
            log.printf("%d candidates: %d new, %d in the glossary%s%n", candidates.size(), appended.added().size(),
                    candidates.stream().filter(c -> !c.isNew()).count(),
                    output == null ? "" : "; " + appended.added().size() + " rows appended to " + output);
            log.flush();
        }
    }
}
