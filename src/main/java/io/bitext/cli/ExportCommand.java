package io.bitext.cli;

import io.bitext.error.BitextException;
import io.bitext.export.ExportOptions;
import io.bitext.export.Exporter;
import io.bitext.export.Exporters;
import io.bitext.io.AtomicFiles;
import io.bitext.io.OutputNames;
import io.bitext.session.Session;
import io.bitext.session.Setup;
import io.bitext.xliff.Units;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a note: XLIFF 1.2 or 2.1 for CAT tools, TMX of its aligned terms, a bilingual DOCX, or any format of `run --formats`.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NOTE", description = "The note to export.")
    Path path;

    @Option(names = "--xliff", arity = "0..1", fallbackValue = "", paramLabel = "FILE", description = "Write XLIFF (default file: OUTPUT/<note>.xlf).")
    String xliff;

    @Option(names = "--xliff-version", paramLabel = "1.2|2.1", description = "XLIFF version (default: 1.2, what most CAT tools import).")
    String xliffVersion = "1.2";

    @Option(names = "--target-lang", paramLabel = "LANG", description = "Target language (default: en).")
    String targetLang = "en";

    @Option(names = "--pseudo", description = "Fill the XLIFF targets with a pseudo-translation, to test a round trip.")
    boolean pseudo;

    @Option(names = "--no-target-copies", description = "XLIFF 1.2: leave untranslated units without a target "
            + "(by default each has a copy of its source, state needs-translation, which OmegaT needs).")
    boolean noTargetCopies;

    @Option(names = "--tmx", arity = "0..1", fallbackValue = "", paramLabel = "FILE", description = "Write TMX of the aligned term pairs (default file: OUTPUT/<note>.tmx).")
    String tmx;

    @Option(names = "--docx", arity = "0..1", fallbackValue = "", paramLabel = "FILE", description = "Write the bilingual side-by-side DOCX (default file: OUTPUT/<note>.docx).")
    String docx;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", description = "Further formats by name, into OUTPUT/<note><suffix>.")
    List<String> formats = List.of();

    @Option(names = "--landscape", description = "DOCX pages in landscape.")
    boolean landscape;

    @Option(names = "--transcript", paramLabel = "FILE", description = "The English original: the DOCX shows each section's stretch of it.")
    Path transcript;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Folder for default file names and imported translations (default: output/).")
    Path output = Path.of("output");

    @Mixin
    GlossaryOptions glossary;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration for the DOCX's findings (default: bitext.yaml beside the note).")
    Path config;

    @Override
    public Integer call() {
        Map<Exporter, String> chosen = new LinkedHashMap<>();
        choose(chosen, "xliff", xliff);
        choose(chosen, "tmx", tmx);
        choose(chosen, "docx", docx);
        if (!formats.isEmpty()) {
            Exporters.parse(formats).forEach(exporter -> chosen.putIfAbsent(exporter, ""));
        }
        if (chosen.isEmpty()) {
            throw new BitextException("choose what to export: --docx, --xliff, --tmx and/or --format NAME (" + Exporters.names() + ")");
        }
        ExportOptions options = new ExportOptions(xliffVersion, targetLang, pseudo, landscape, !noTargetCopies);
        Session session = Setup.builder().glossary(glossary.load()).config(config).transcript(transcript)
                .translations(output.toAbsolutePath().normalize()).build().open(path);
        var out = spec.commandLine().getOut();
        chosen.forEach((exporter, file) -> {
            Path target = file.isEmpty() ? OutputNames.resolve(output, session.note().name(), exporter.suffix()) : Path.of(file);
            OutputNames.refuseSource(target, List.of(path));
            AtomicFiles.write(target, exporter.write(session, options));
            out.println("wrote " + target + detail(exporter, session, options));
        });
        out.flush();
        return 0;
    }

    private static void choose(Map<Exporter, String> chosen, String name, String file) {
        if (file != null) {
            chosen.put(Exporters.byName(name), file);
        }
    }

    private static String detail(Exporter exporter, Session session, ExportOptions options) {
        return switch (exporter.name()) {
            case "xliff" -> " (XLIFF " + options.xliffVersion() + ", " + session.units().size() + " units)";
            case "docx" -> " (" + session.check().findings().size() + " comments)";
            default -> "";
        };
    }
}
