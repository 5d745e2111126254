package io.bitext.export;

import io.bitext.error.BitextException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Every output format, in the order the main job writes them. {@code run}, {@code export} and the
 * facade iterate this list; nothing else names the formats.
 */
public final class Exporters {
    private static final List<Exporter> ALL = List.of(
            new JsonExporter.OutlineJson(), new JsonExporter.AlignmentJson(), new JsonExporter.CheckJson(),
            new XliffExporter(), new TmxExporter(), new DocxExporter(), new HtmlExporter());

    private Exporters() {
    }

    public static List<Exporter> all() {
        return ALL;
    }

    /** The format with this name (or suffix without its dot); an unknown name is the user's error. */
    public static Exporter byName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(e -> e.name().equals(wanted) || e.suffix().substring(1).equals(wanted)).findFirst()
                .orElseThrow(() -> new BitextException("unknown format '" + name + "' (" + names() + ")"));
    }

    /** The formats named, in registry order; at least one. */
    public static List<Exporter> parse(Iterable<String> names) {
        List<Exporter> chosen = new ArrayList<>();
        for (String name : names) {
            Exporter exporter = byName(name);
            if (!chosen.contains(exporter)) {
                chosen.add(exporter);
            }
        }
        if (chosen.isEmpty()) {
            throw new BitextException("no format named (" + names() + ")");
        }
        chosen.sort((a, b) -> ALL.indexOf(a) - ALL.indexOf(b));
        return chosen;
    }

    public static String names() {
        return ALL.stream().map(Exporter::name).collect(Collectors.joining(", "));
    }
}
