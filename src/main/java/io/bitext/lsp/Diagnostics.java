package io.bitext.lsp;

import io.bitext.check.CheckResult;
import io.bitext.check.Finding;
import io.bitext.check.Severity;
import io.bitext.note.Excerpt;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;

/**
 * A check's findings as the editor shows them: one diagnostic at each place a finding names (its
 * location and the places it repeats at, so that every misspelling is underlined), the rule id as the
 * code, the evidence as related information. The diagnostic's data is the finding's index in the
 * result, which a code action reads back.
 */
final class Diagnostics {
    static final String SOURCE = "bitext";

    private Diagnostics() {
    }

    static List<Diagnostic> of(CheckResult result, Positions positions, String uri) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Finding> findings = result.findings();
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            if (finding.severity() == Severity.OFF) {
                continue;
            }
            for (Excerpt place : finding.places()) {
                diagnostics.add(diagnostic(finding, i, place, positions, uri));
            }
        }
        return diagnostics;
    }

    private static Diagnostic diagnostic(Finding finding, int index, Excerpt place, Positions positions, String uri) {
        Diagnostic d = new Diagnostic(positions.of(place), finding.message(), severity(finding.severity()), SOURCE, finding.rule());
        d.setData(index);
        if (!finding.evidencePlaces().isEmpty()) {
            List<DiagnosticRelatedInformation> related = new ArrayList<>();
            for (Excerpt e : finding.evidencePlaces()) {
                related.add(new DiagnosticRelatedInformation(new Location(uri, positions.of(e)), "‘" + e.text() + "’ here"));
            }
            d.setRelatedInformation(related);
        }
        return d;
    }

    static DiagnosticSeverity severity(Severity severity) {
        return switch (severity) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            default -> DiagnosticSeverity.Information;
        };
    }
}
