package io.bitext.check;

import io.bitext.align.Aligner;
import io.bitext.align.Alignment;
import io.bitext.glossary.Glossary;
import io.bitext.glossary.GlossaryMatch;
import io.bitext.glossary.GlossaryMatcher;
import io.bitext.note.Note;
import io.bitext.transcript.TranscriptAlignment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs every rule over a note and returns the findings an editor should see: configured severities
 * applied, suppressed and ignored ones dropped, one finding per place (the first rule in
 * rule of higher {@link Rule#priority()} keeps a place two rules found), repeats of the same text and fix folded into one.
 *
 * <pre>{@code
 * Checker checker = new Checker(Glossary.load(Path.of("glossary")));
 * CheckResult result = checker.check(NoteReader.read(path), CheckConfig.defaults());
 * }</pre>
 */
public final class Checker {
    /** Every rule, most specific first: when two find the same place, the earlier one speaks. */
    public static final List<Rule> RULES = Rules.all();

    private final Glossary glossary;
    private final GlossaryMatcher matcher;

    public Checker(Glossary glossary) {
        this(glossary, GlossaryMatcher.of(glossary));
    }

    /** With the glossary's matcher already built, for callers that use it for exports too. */
    public Checker(Glossary glossary, GlossaryMatcher matcher) {
        this.glossary = glossary;
        this.matcher = matcher;
    }

    /**
     * Builds now what the rules derive from the glossary, which they would otherwise build on the
     * first note: a command that checks calls it while its note is still being read, so that the two
     * overlap. Commands that never check do not pay for it.
     */
    public Checker prepare() {
        for (Rule rule : RULES) {
            rule.prepare(glossary);
        }
        return this;
    }

    public static Set<String> ruleIds() {
        return RULES.stream().map(Rule::id).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    public CheckResult check(Note note, CheckConfig config) {
        return check(note, Aligner.align(note), config, null);
    }

    /** Checks with only the rules in {@code only} (null: all). */
    public CheckResult check(Note note, Alignment alignment, CheckConfig config, Set<String> only) {
        return check(note, alignment, config, only, null);
    }

    /** The same, with the note's English original aligned to its sections (enables asr.transcript-mismatch). */
    public CheckResult check(Note note, Alignment alignment, CheckConfig config, Set<String> only, TranscriptAlignment transcript) {
        return check(note, alignment, config, only, transcript, OtherNotes.none());
    }

    /** The same, beside the names the run's other notes write (enables the cross-note part of asr.near-miss). */
    public CheckResult check(Note note, Alignment alignment, CheckConfig config, Set<String> only, TranscriptAlignment transcript,
                             OtherNotes otherNotes) {
        return check(note, alignment, config, only, transcript, otherNotes, matcher.findAll(note.text()));
    }

    /** The same with {@code matches}, every glossary match in the note's text, as a session already has them. */
    public CheckResult check(Note note, Alignment alignment, CheckConfig config, Set<String> only, TranscriptAlignment transcript,
                             OtherNotes otherNotes, List<GlossaryMatch> matches) {
        CheckContext context = new CheckContext(note, alignment, glossary, matches, transcript, otherNotes);
        Findings findings = new Findings(note);
        Suppressions suppressions = new Suppressions(note.source());
        List<Finding> kept = new ArrayList<>();
        Set<String> placesTaken = new HashSet<>();
        for (Rule rule : RULES) {
            if (config.severityOf(rule) == Severity.OFF || only != null && !only.contains(rule.id())) {
                continue;
            }
            findings.start(rule);
            int before = findings.all().size();
            rule.check(context, findings);
            for (Finding f : findings.all().subList(before, findings.all().size())) {
                Finding adjusted = f.withSeverity(config.adjust(rule, f.severity()));
                String place = f.location().offset() + ":" + f.location().length();
                if (adjusted.severity() != Severity.OFF && !suppressions.suppressed(adjusted)
                        && !config.ignored(adjusted, note.name()) && placesTaken.add(place)) {
                    kept.add(adjusted);
                }
            }
        }
        return new CheckResult(note.name(), fold(kept));
    }

    /** Folds findings of one rule with the same text, message and fix into the first, the rest as its {@code also}. */
    private static List<Finding> fold(List<Finding> findings) {
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        for (Finding f : findings) {
            String key = f.rule() + "\u0000" + f.location().text() + "\u0000" + f.message() + "\u0000"
                    + f.replacements().stream().map(Replacement::text).collect(Collectors.joining("|"));
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        List<Finding> folded = new ArrayList<>();
        for (List<Finding> group : groups.values()) {
            group.sort(Comparator.comparingInt(f -> f.location().offset()));
            Finding first = group.get(0);
            folded.add(group.size() == 1 ? first : first.withAlso(group.subList(1, group.size()).stream().map(Finding::location).toList()));
        }
        folded.sort(Comparator.comparingInt((Finding f) -> f.location().offset()).thenComparing(Finding::rule));
        return folded;
    }
}
