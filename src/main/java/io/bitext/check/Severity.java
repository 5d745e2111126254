package io.bitext.check;

import java.util.Locale;

/** How much a finding matters; {@code OFF} switches a rule off in the configuration. */
public enum Severity {
    ERROR, WARNING, INFO, OFF;

    public static Severity parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this severity is at least as serious as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return this != OFF && ordinal() <= threshold.ordinal();
    }
}
