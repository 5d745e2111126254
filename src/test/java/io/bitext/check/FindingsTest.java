package io.bitext.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.note.Excerpt;
import io.bitext.note.Note;
import io.bitext.note.NoteReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one place findings are made: the old overloads keep working, the new one lets the confidence decide. */
class FindingsTest {
    private static final Note NOTE = NoteReader.parse("n.md", "## 全文\n### 话题\n**Ann**：DQL 和 DQN\n");
    private static final Rule RULE = Checker.RULES.stream().filter(r -> r.id().equals("asr.near-miss")).findFirst().orElseThrow();

    private static Findings findings() {
        Findings findings = new Findings(NOTE);
        findings.start(RULE);
        return findings;
    }

    private static Excerpt at(String text) {
        int start = NOTE.text().indexOf(text);
        return Excerpt.of(NOTE.source(), start, start + text.length());
    }

    @Test
    void theOldOverloadsGiveOccurrencesAndNoConfidence() {
        Findings findings = findings();
        findings.report(at("DQL"), "m", List.of(at("DQN")), List.of(Replacement.safe("DQN")));
        Finding f = findings.all().get(0);
        assertEquals(RULE.defaultSeverity(), f.severity());
        assertNull(f.confidence());
        assertEquals("occurrence 3:15 ‘DQN’", f.evidence().get(0).summary());
        assertEquals(List.of(at("DQN")), f.evidencePlaces());
        assertTrue(f.safeFix() != null, "a rule that weighs nothing keeps its own safety");
    }

    @Test
    void theSeverityFollowsTheConfidenceAtTheDocumentedThresholds() {
        Findings findings = findings();
        for (double c : new double[] {0.95, 0.8, 0.79, 0.5, 0.49}) {
            findings.report(at("DQL"), "m", List.of(), c, List.of(Replacement.safe("DQN")));
        }
        assertEquals(List.of(Severity.ERROR, Severity.ERROR, Severity.WARNING, Severity.WARNING, Severity.INFO),
                findings.all().stream().map(Finding::severity).toList());
        assertEquals(List.of(true, false, false, false, false), findings.all().stream().map(f -> f.safeFix() != null).toList(),
                "safe only at " + Confidence.SAFE + " or more");
    }

    @Test
    void twoCandidatesAreNeverSafe() {
        Findings findings = findings();
        findings.report(at("DQL"), "m", List.of(), 0.99, List.of(Replacement.safe("DQN"), Replacement.safe("DQL-2")));
        assertNull(findings.all().get(0).safeFix());
        assertEquals(2, findings.all().get(0).replacements().size());
    }

    @Test
    void signalsCombineInLogOdds() {
        assertEquals(0.5, Confidence.prior(0.5).value());
        assertEquals(0.73, Confidence.prior(0.5).add(true, 1.0).value());
        assertEquals(0.5, Confidence.prior(0.5).add(false, 1.0).value(), "an absent signal counts nothing");
        assertEquals(0.27, Confidence.prior(0.5).add(true, -1.0).value());
        assertThrows(IllegalArgumentException.class, () -> Confidence.prior(1.0));
        assertThrows(IllegalArgumentException.class, () -> findings().report(at("DQL"), "m", List.of(), 1.5, List.of()));
        assertFalse(Confidence.severity(0.49) == Severity.WARNING);
    }
}
