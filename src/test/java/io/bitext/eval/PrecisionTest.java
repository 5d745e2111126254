package io.bitext.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bitext.TestNotes;
import org.junit.jupiter.api.Test;

/**
 * The acceptance gate of "Findings an editor can trust": precision at warning and above over every
 * annotated note must reach 90 %. The test split is reported on its own, since the rules were tuned on
 * the other half.
 */
class PrecisionTest {
    static final double REQUIRED = 0.90;

    @Test
    void precisionAtWarningAndAboveIsAtLeastNinetyPercent() {
        TestNotes.corpus();
        Evaluation e = Evaluation.run(Gold.available());
        Tally all = e.total();
        Tally test = e.split("test");
        Tally tune = e.split("tune");
        System.out.printf("precision at warning+: all %s (%d TP, %d dup, %d FP), tune %s, test %s; recall all %s, tune %s, test %s%n",
                Tally.percent(all.precision()), all.truePositives(), all.duplicates(), all.falsePositives(),
                Tally.percent(tune.precision()), Tally.percent(test.precision()),
                Tally.percent(all.recall()), Tally.percent(tune.recall()), Tally.percent(test.recall()));
        assertTrue(all.precision() >= REQUIRED, "precision at warning and above is " + Tally.percent(all.precision())
                + " over all annotated notes (test split " + Tally.percent(test.precision()) + "); required "
                + Tally.percent(REQUIRED) + ". See target/eval-report.md (bench/eval.sh) for every false positive.");
    }
}
