package io.bitext.check.rules;

import io.bitext.check.Category;
import io.bitext.check.Example;
import io.bitext.check.CheckContext;
import io.bitext.check.Confidence;
import io.bitext.check.Evidence;
import io.bitext.check.Findings;
import io.bitext.check.Replacement;
import io.bitext.check.Severity;
import io.bitext.glossary.Entry;
import io.bitext.glossary.GlossaryMatch;
import io.bitext.glossary.TermType;
import io.bitext.note.Block;
import io.bitext.note.Excerpt;
import io.bitext.note.Speaker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A speaker label that contradicts the note's title: the title says {@code Jerry Tworek}, the turns
 * are labelled {@code Jared Faraic（Jerry）}. The label's alias or first name matches a person of the
 * title, the full name does not. Reported at every turn; the checker folds the repeats into one finding.
 */
public final class TitleNameRule extends BaseRule {
    private static final double PRIOR = 0.7;
    private static final double KNOWN_PERSON = 0.8;
    private static final String TITLED = "## 封面\n- 标题：How GPT-5 Thinks — OpenAI VP of Research Jerry Tworek\n## 全文\n### 话题\n";

    /** Two or three capitalised words: how a person's name stands in an English title. */
    private static final Pattern PERSON = Pattern.compile("\\b([A-Z][a-z]+)(?: [A-Z][a-z]+){1,2}\\b");

    public TitleNameRule() {
        super("names.title-mismatch", Category.NAMES, Severity.WARNING, 10,
                "A speaker whose name contradicts the person the note's title names.", "speaker contradicts the title",
                Example.incorrect(TITLED + "**Jared Faraic（Jerry）**：你好\n**Matt**：嗯\n**Jared Faraic（Jerry）**：是的\n", "Jared Faraic", "Jerry Tworek"),
                Example.correct(TITLED + "**Jerry Tworek（Jerry）**：你好\n**Matt**：嗯\n**Jerry Tworek（Jerry）**：是的\n"),
                Example.correct(TITLED + "**Jerry**：你好\n**Matt**：嗯\n**Jerry**：是的\n"));
    }

    @Override
    public void check(CheckContext context, Findings findings) {
        Set<String> people = titlePeople(context);
        Map<String, List<Speaker>> labels = new LinkedHashMap<>();
        for (Block block : context.note().blocks()) {
            if (block.isTurn() && block.speaker() != null) {
                labels.computeIfAbsent(block.speaker().name(), k -> new ArrayList<>()).add(block.speaker());
            }
        }
        for (Map.Entry<String, List<Speaker>> label : labels.entrySet()) {
            Speaker speaker = label.getValue().get(0);
            String first = speaker.name().split(" ")[0];
            for (String person : people) {
                String personFirst = person.split(" ")[0];
                boolean sameFirst = personFirst.equals(speaker.alias()) || personFirst.equals(first);
                // Lex in a note whose title names Lex Fridman: a short form of the same person, not another name
                boolean shortForm = !speaker.name().contains(" ") && person.startsWith(speaker.name() + " ");
                if (sameFirst && !shortForm && !person.equals(speaker.name())) {
                    for (Speaker turn : label.getValue()) {
                        report(context, findings, context.location(turn.nameSpan()), person, speaker);
                    }
                    break;
                }
            }
        }
    }

    /**
     * A person the catalog knows is surer than a capitalised run of the title; the English original
     * naming the title's person confirms it, naming the label's clears it. A person's name is never a
     * safe fix: someone should look.
     */
    private static void report(CheckContext context, Findings findings, Excerpt at, String person, Speaker speaker) {
        List<Evidence> evidence = new ArrayList<>();
        titlePlace(context, person).ifPresent(evidence::add);
        Entry entry = context.glossary().byEnglish(person);
        boolean known = entry != null && entry.type() == TermType.PERSON;
        if (known) {
            evidence.add(Evidence.catalog(entry, person));
        }
        Optional<Evidence.Original> agrees = Signals.original(context, at.offset(), person);
        Optional<Evidence.Original> disagrees = agrees.isPresent() ? Optional.empty() : Signals.original(context, at.offset(), speaker.name());
        agrees.ifPresent(evidence::add);
        disagrees.ifPresent(evidence::add);
        double confidence = Confidence.prior(PRIOR).add(known, KNOWN_PERSON).add(agrees.isPresent(), Signals.ORIGINAL_AGREES)
                .add(disagrees.isPresent(), Signals.ORIGINAL_DISAGREES).value();
        findings.report(at, "the title names " + person + ", but this speaker is labelled " + speaker.label()
                + agrees.map(said -> "; the English original names " + person + Signals.where(said)).orElse(""),
                evidence, confidence, List.of(Replacement.review(person)));
    }

    /** The person's name where the title stands in the note. */
    private static Optional<Evidence> titlePlace(CheckContext context, String person) {
        String text = context.note().text();
        String title = context.note().title();
        int at = title == null || title.isEmpty() || text.indexOf(title) < 0 || title.indexOf(person) < 0
                ? text.indexOf(person) : text.indexOf(title) + title.indexOf(person);
        return at < 0 ? Optional.empty() : Optional.of(Evidence.place(Evidence.Role.TITLE, context.location(at, at + person.length())));
    }

    /** People the title names: glossary persons found in it, else capitalised two- or three-word runs. */
    private static Set<String> titlePeople(CheckContext context) {
        String title = context.note().title();
        Set<String> people = new LinkedHashSet<>();
        for (GlossaryMatch m : context.matches()) {
            if (m.entry().type() == TermType.PERSON && title.contains(m.text()) && m.text().contains(" ")) {
                people.add(m.text());
            }
        }
        Matcher run = PERSON.matcher(title);
        while (run.find()) {
            String[] words = run.group().split(" ");
            // Research Jerry Tworek: a person's name is the last two words of a capitalised run
            people.add(words[words.length - 2] + " " + words[words.length - 1]);
        }
        return people;
    }
}
