package io.bitext.cli;

import io.bitext.BitextException;
import io.bitext.check.CheckConfig;
import io.bitext.check.CheckResult;
import io.bitext.check.Checker;
import io.bitext.fix.FixPlan;
import io.bitext.io.AtomicFiles;
import io.bitext.note.Note;
import io.bitext.note.NoteReader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "fix", description = "Apply the safe suggestions of `bitext check` to a note, showing the diff.")
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

    @Option(names = {"-g", "--glossary"}, paramLabel = "DIR|FILE", description = "Glossary (default: glossary/ when present).")
    Path glossary;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration (default: bitext.yaml beside the note).")
    Path config;

    @Override
    public Integer call() {
        Note note = NoteReader.read(path);
        byte[] original = note.renderBytes(); // the file as read: the model renders it back byte for byte
        Checker checker = new Checker(CheckCommand.glossary(glossary));
        CheckResult result = checker.check(note, io.bitext.align.Aligner.align(note),
                CheckConfig.find(config, path, Checker.ruleIds()), CheckCommand.validRules(rules));
        FixPlan plan = FixPlan.of(note, result);
        var out = spec.commandLine().getOut();
        if (plan.isEmpty()) {
            out.println(path + ": nothing to fix safely");
            out.flush();
            return 0;
        }
        out.print(plan.diff(path.getFileName().toString()));
        if (dryRun) {
            out.println(path + ": " + plan.edits().size() + " places would change (dry run; nothing written)");
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
        out.println(path + ": fixed " + plan.edits().size() + " places" + (noBackup ? "" : " (the original is in " + backup + ")"));
        out.flush();
        return 0;
    }

    private static byte[] read(Path path) {
        return io.bitext.io.InputFiles.read(path, io.bitext.note.ReaderOptions.DEFAULT_MAX_BYTES, "a note");
    }
}
