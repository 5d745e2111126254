package io.bitext.cli;

import io.bitext.export.json.StageJson;
import io.bitext.io.NoteFinder;
import io.bitext.session.Setup;
import io.bitext.outline.Outline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "outline", mixinStandardHelpOptions = true, description = "List the sections of notes: time range, title, speakers, turns, characters.")
final class OutlineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "NOTE|DIR", description = "Notes, or folders to search for .md/.txt notes.")
    List<Path> paths;

    @Option(names = "--json", description = "Print the outline as JSON.")
    boolean json;

    @Override
    public Integer call() {
        List<Outline> outlines = new ArrayList<>();
        for (Path note : NoteFinder.find(paths)) {
            outlines.add(Setup.defaults().open(note).outline());
        }
        var out = spec.commandLine().getOut();
        if (json) {
            StageJson.write(outlines.size() == 1 ? outlines.get(0) : outlines, out);
        } else {
            for (Outline outline : outlines) {
                out.print(render(outline));
            }
        }
        out.flush();
        return 0;
    }

    static String render(Outline outline) {
        TextTable table = new TextTable(List.of("#", "line", "time", "title", "speakers", "turns", "chars"), 0, 0, 0, 48, 40);
        for (Outline.Row row : outline.sections()) {
            table.row(row.index(), row.line(), row.timeRange() == null ? "-" : row.timeRange(), row.title(),
                    String.join(", ", row.speakers()), row.turns(), row.characters());
        }
        return outline.note() + " — " + outline.title() + "\n" + table.render()
                + outline.sections().size() + " sections, " + outline.totalTurns() + " turns\n\n";
    }
}
