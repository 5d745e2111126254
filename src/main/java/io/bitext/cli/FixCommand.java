package io.bitext.cli;

import io.bitext.error.BitextException;
import io.bitext.fix.FixPlan;
import io.bitext.io.AtomicFiles;
import io.bitext.report.TextReport;
import io.bitext.session.Session;
import io.bitext.session.Setup;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "fix", mixinStandardHelpOptions = true, description = "Apply the safe suggestions of `bitext check` to a note, showing the diff.")
final class FixCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NOTE", description = "The note to fix.")
    Path path;

    @Option(names = "--dry-run", description = "Show the diff, change nothing.")
    boolean dryRun;

    @Option(names = "--no-backup", description = "Do not keep NOTE.bak.")
    boolean noBackup;

    @Option(names = "--rules", split = ",", paramLabel = "ID", description = "Apply only these rules' fixes.")
    Set<String> rules;

    @Mixin
    GlossaryOptions glossary;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration (default: bitext.yaml beside the note).")
    Path config;

    @Override
    public Integer call() {
        Session session = Setup.builder().glossary(glossary.load()).config(config).rules(rules).build().open(path);
        byte[] original = session.bytes(); // the file as read: the model renders it back byte for byte
        FixPlan plan = FixPlan.of(session.note(), session.check());
        var out = spec.commandLine().getOut();
        if (plan.isEmpty()) {
            out.println(path + ": nothing to fix safely");
            out.flush();
            return 0;
        }
        out.print(plan.diff(path.getFileName().toString()));
        if (dryRun) {
            out.println(path + ": " + TextReport.count(plan.edits().size(), "place") + " would change (dry run; nothing written)");
            out.flush();
            return 0;
        }
        if (!Arrays.equals(original, read(path))) {
            throw new BitextException(path + ": changed while it was being checked; nothing written, run fix again");
        }
        Path backup = path.resolveSibling(path.getFileName() + ".bak");
        if (!noBackup) {
            AtomicFiles.backup(path, backup, original);
        }
        AtomicFiles.replace(path, plan.bytes());
        out.println(path + ": fixed " + TextReport.count(plan.edits().size(), "place") + (noBackup ? "" : " (the original is in " + backup + ")"));
        out.flush();
        return 0;
    }

    private static byte[] read(Path path) {
        return io.bitext.io.InputFiles.read(path, io.bitext.note.ReaderOptions.DEFAULT_MAX_BYTES, "a note");
    }
}
