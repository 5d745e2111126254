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
        for (double value : new double[] {-0.0, -0.004, -0.005, -0.735, 1e-5, 0.0049999, 2.675, 99.995, 12345.675, 1e7, 3.5e12, -1e-9}) {
            assertEquals(String.format(Locale.ROOT, "%.2f", value), TextReport.twoDecimals(value), () -> "value " + value);
        }
        for (int i = 0; i < 20_000; i++) {
            double value = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(8));
            assertEquals(String.format(Locale.ROOT, "%.2f", value), TextReport.twoDecimals(value), () -> "value " + value);
        }
        assertEquals("0.13", TextReport.twoDecimals(0.125));
        assertEquals("1.00", TextReport.twoDecimals(1.0));
    }
}
