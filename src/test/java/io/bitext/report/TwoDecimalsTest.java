package io.bitext.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The text report writes a confidence as the formatter's {@code %.2f} would, without the formatter. */
class TwoDecimalsTest {
    @Test
    void sameAsTheFormatterForEveryConfidence() {
        Random random = new Random(7);
        for (int i = 0; i <= 20_000; i++) {
            double value = i <= 10_000 ? i / 10_000.0 : random.nextDouble();
            assertEquals(String.format(Locale.ROOT, "%.2f", value), TextReport.twoDecimals(value), () -> "value " + value);
        }
        assertEquals("0.13", TextReport.twoDecimals(0.125));
        assertEquals("1.00", TextReport.twoDecimals(1.0));
    }
}
