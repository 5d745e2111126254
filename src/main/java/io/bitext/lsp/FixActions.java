package io.bitext.lsp;

import io.bitext.check.Finding;
import io.bitext.check.Replacement;
import io.bitext.fix.Edit;
import io.bitext.fix.FixPlan;
import io.bitext.note.Excerpt;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Code actions for the safe fixes only, the ones {@code bitext fix} applies without asking: one quick
 * fix per finding the editor points at (every place it names), and "apply every safe fix", which is
 * {@code bitext fix}'s own plan, so the editor and the command line never disagree on an overlap.
 * Suggestions that need a reader's judgement stay in the diagnostic's message.
 */
final class FixActions {
    static final String FIX_ALL = "Apply every safe fix in the note (bitext fix)";

    private FixActions() {
    }

    static List<Either<Command, CodeAction>> of(CheckedNote note, String uri, List<Diagnostic> asked) {
        List<Finding> findings = note.session().check().findings();
        Set<Integer> chosen = new LinkedHashSet<>();
        for (Diagnostic d : asked) {
            Integer index = findingIndex(d);
            if (index != null && index < findings.size() && stillStands(findings.get(index), d, note.positions())) {
                chosen.add(index);
            }
        }
        List<Either<Command, CodeAction>> actions = new ArrayList<>();
        for (int index : chosen) {
            Finding finding = findings.get(index);
            Replacement fix = finding.safeFix();
            if (fix != null) {
                actions.add(Either.forRight(quickFix(finding, fix, uri, note.positions(), asked)));
            }
        }
        FixPlan plan = FixPlan.of(note.session().note(), note.session().check());
        if (!plan.isEmpty()) {
            List<TextEdit> edits = plan.edits().stream().map(e -> textEdit(e, note.positions())).toList();
            CodeAction all = new CodeAction(FIX_ALL);
            all.setKind(CodeActionKind.SourceFixAll);
            all.setEdit(new WorkspaceEdit(Map.of(uri, edits)));
            actions.add(Either.forRight(all));
        }
        return actions;
    }

    private static CodeAction quickFix(Finding finding, Replacement fix, String uri, Positions positions, List<Diagnostic> asked) {
        List<TextEdit> edits = new ArrayList<>();
        for (Excerpt place : finding.places()) {
            edits.add(new TextEdit(positions.of(place), fix.text()));
        }
        int places = edits.size();
        CodeAction action = new CodeAction("Replace ‘" + finding.location().text() + "’ with ‘" + fix.text() + "’"
                + (places > 1 ? " (" + places + " places)" : ""));
        action.setKind(CodeActionKind.QuickFix);
        action.setIsPreferred(true);
        action.setEdit(new WorkspaceEdit(Map.of(uri, edits)));
        action.setDiagnostics(asked.stream().filter(d -> stillStands(finding, d, positions)).toList());
        return action;
    }

    private static boolean sameRule(Diagnostic d, Finding finding) {
        return d.getCode() != null && d.getCode().isLeft() && finding.rule().equals(d.getCode().getLeft());
    }

    private static TextEdit textEdit(Edit edit, Positions positions) {
        return new TextEdit(new org.eclipse.lsp4j.Range(positions.at(edit.offset()), positions.at(edit.end())), edit.text());
    }

    /** The finding index a diagnostic carries; a client hands data back as a JSON element. */
    private static Integer findingIndex(Diagnostic d) {
        Object data = d.getData();
        if (data instanceof Number n) {
            return n.intValue();
        }
        if (data instanceof com.google.gson.JsonPrimitive p && p.isNumber()) {
            return p.getAsInt();
        }
        return null;
    }

    /** Whether the diagnostic still describes the finding: the buffer may have changed since it was published. */
    private static boolean stillStands(Finding finding, Diagnostic d, Positions positions) {
        return sameRule(d, finding) && finding.places().stream().anyMatch(p -> positions.of(p).equals(d.getRange()));
    }
}
