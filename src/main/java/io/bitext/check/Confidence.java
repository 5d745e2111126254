package io.bitext.check;

/**
 * Signals for and against a finding combined into one confidence, the way a naive Bayes classifier
 * combines independent features: each signal adds its weight to the log-odds of the prior, and the
 * sum is read back as a probability. Weights are log-odds: {@code +1} makes a finding about e times
 * as likely, {@code -1} as much less. The severity follows the confidence:
 *
 * <table>
 *   <caption>thresholds</caption>
 *   <tr><td>≥ {@value #ERROR}</td><td>error</td></tr>
 *   <tr><td>≥ {@value #WARNING}</td><td>warning</td></tr>
 *   <tr><td>below</td><td>info</td></tr>
 * </table>
 *
 * and a suggestion stays {@code safe} only at {@value #SAFE} or more. A severity the user's
 * {@code bitext.yaml} sets for the rule overrides the one the confidence gives.
 *
 * <pre>{@code
 * double c = Confidence.prior(0.6).add(soundsAlike, 1.0).add(commonWord, -1.5).value();
 * Confidence.severity(c);   // WARNING for 0.6 .. 0.8
 * }</pre>
 */
public final class Confidence {
    public static final double ERROR = 0.8;
    public static final double WARNING = 0.5;
    public static final double SAFE = 0.9;

    private double logOdds;

    private Confidence(double logOdds) {
        this.logOdds = logOdds;
    }

    /** Starts from how often the rule is right with none of its optional signals present. */
    public static Confidence prior(double probability) {
        if (!(probability > 0 && probability < 1)) {
            throw new IllegalArgumentException("a prior lies strictly between 0 and 1: " + probability);
        }
        return new Confidence(Math.log(probability / (1 - probability)));
    }

    /** Adds {@code weight} (log-odds) when the signal is present. */
    public Confidence add(boolean present, double weight) {
        if (present) {
            logOdds += weight;
        }
        return this;
    }

    /** The combined confidence, rounded to two places so that reports and tests read stable figures. */
    public double value() {
        return Math.round(100.0 / (1 + Math.exp(-logOdds))) / 100.0;
    }

    /** The severity a confidence earns. */
    public static Severity severity(double confidence) {
        return confidence >= ERROR ? Severity.ERROR : confidence >= WARNING ? Severity.WARNING : Severity.INFO;
    }
}
