package io.bitext.report;

import io.bitext.check.CheckResult;
import io.bitext.check.Evidence;
import io.bitext.check.Finding;
import io.bitext.check.Severity;
import io.bitext.glossary.Glossary;
import io.bitext.note.Excerpt;
import io.bitext.note.SourceText;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Findings the way compilers print them: {@code file:line:col: severity: message [rule]}, the source
 * line around the span with a caret under it, the suggestion, grouped under the section they stand in, and a
 * summary line. Colour (ANSI) only when asked, that is on a terminal.
 */
public final class TextReport {
    private static final String RESET = "\u001B[0m";
    /** Places listed after "also at": a finding repeated thousands of times would fill pages. */
    private static final int ALSO = 20;
    /** Pieces of evidence printed on a finding's evidence line. */
    private static final int EVIDENCE = 6;

    private TextReport() {
    }

    public static String render(CheckResult result, SourceText source, String path, boolean colour) {
        return render(result, source, path, colour, null);
    }

    /** The same, the summary line naming the glossary the note was checked against. */
    public static String render(CheckResult result, SourceText source, String path, boolean colour, Glossary glossary) {
        StringBuilder out = new StringBuilder();
        String section = null;
        for (Finding f : result.findings()) {
            String heading = f.section() > 0 ? "§" + f.section() + " " + f.sectionTitle()
                    + (f.timeRange() == null ? "" : "（" + f.timeRange() + "）") : "[" + f.sectionTitle() + "]";
            if (!Objects.equals(heading, section)) {
                out.append(paint(heading, "\u001B[1m", colour)).append('\n');
                section = heading;
            }
            Excerpt at = f.location();
            out.append(path).append(':').append(at.position()).append(": ")
                    .append(paint(f.severity().label(), colourOf(f.severity()), colour)).append(": ")
                    .append(f.message()).append(" [").append(f.rule()).append("]\n");
            LineWindow window = LineWindow.around(source, at.line(), at.offset(), at.length());
            out.append("    ").append(window.text()).append('\n');
            out.append("    ").append(" ".repeat(window.caret()))
                    .append(paint("^" + "~".repeat(window.width() - 1), colourOf(f.severity()), colour)).append('\n');
            if (!f.replacements().isEmpty()) {
                out.append("    suggestion: ").append(f.replacements().stream()
                        .map(r -> "‘" + r.text() + "’" + (r.safe() ? " (safe: bitext fix applies it)" : ""))
                        .collect(Collectors.joining(" or "))).append('\n');
            }
            if (!f.also().isEmpty()) {
                out.append("    also at ").append(f.also().stream().limit(ALSO).map(Excerpt::position).collect(Collectors.joining(", ")))
                        .append(f.also().size() > ALSO ? " and " + (f.also().size() - ALSO) + " more" : "").append('\n');
            }
            String evidence = evidenceLine(f);
            if (!evidence.isEmpty()) {
                out.append("    evidence: ").append(evidence).append('\n');
            }
        }
        return out.append(summary(result, path, glossary)).append('\n').toString();
    }

    /** {@code catalog John Schulman <https://…>; title line 1; confidence 0.86}: what the finding rests on, on one line. */
    static String evidenceLine(Finding f) {
        String items = f.evidence().stream().map(Evidence::summary).distinct().limit(EVIDENCE).collect(Collectors.joining("; "));
        long more = f.evidence().stream().map(Evidence::summary).distinct().count() - EVIDENCE;
        String confidence = f.confidence() == null ? "" : "confidence " + twoDecimals(f.confidence());
        return items + (more > 0 ? " and " + more + " more" : "") + (items.isEmpty() || confidence.isEmpty() ? "" : "; ") + confidence;
    }

    public static String summary(CheckResult result, String path) {
        Map<Severity, Integer> counts = result.counts();
        long safe = result.findings().stream().filter(f -> f.safeFix() != null).count();
        return path + ": " + count(counts.get(Severity.ERROR), "error") + ", " + count(counts.get(Severity.WARNING), "warning") + ", "
                + count(counts.get(Severity.INFO), "info") + (safe > 0 ? " (" + safe + " with a safe fix: bitext fix)" : "");
    }

    /** The summary line, naming the glossary the note was checked against when one is given. */
    public static String summary(CheckResult result, String path, Glossary glossary) {
        String line = summary(result, path);
        return glossary == null ? line : line + "; glossary: " + glossary.origin() + " (" + count(glossary.size(), "concept") + ")";
    }

    /** {@code 1 error}, {@code 2 errors}. */
    public static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String colourOf(Severity severity) {
        return switch (severity) {
            case ERROR -> "\u001B[31m";
            case WARNING -> "\u001B[33m";
            default -> "\u001B[36m";
        };
    }

    private static String paint(String text, String code, boolean colour) {
        return colour ? code + text + RESET : text;
    }

    /**
     * {@code %.2f} of a confidence, without the formatter (its first use loads the locale's number
     * symbols) and without BigDecimal (whose classes take tens of milliseconds to start on a JDK 25):
     * the shortest decimal digits of the double, rounded half up at the second place, as both do.
     */
    static String twoDecimals(double value) {
        String sign = Double.compare(value, 0.0) < 0 ? "-" : "";
        String digits = Double.toString(Math.abs(value));
        int exponent = digits.indexOf('E');
        if (exponent >= 0) {
            // below a thousandth rounds to nothing; ten million and more is no confidence, but stays right
            return digits.charAt(exponent + 1) == '-' ? sign + "0.00" : String.format(Locale.ROOT, "%.2f", value);
        }
        int point = digits.indexOf('.');
        String fraction = digits.substring(point + 1) + "00";
        long cents = Long.parseLong(digits, 0, point, 10) * 100 + (fraction.charAt(0) - '0') * 10 + (fraction.charAt(1) - '0')
                + (fraction.charAt(2) >= '5' ? 1 : 0);
        long part = cents % 100;
        return sign + cents / 100 + (part < 10 ? ".0" : ".") + part;
    }
}
