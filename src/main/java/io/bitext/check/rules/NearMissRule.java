package io.bitext.check.rules;

import io.bitext.dict.Dictionary;
import io.bitext.check.Category;
import io.bitext.check.Example;
import io.bitext.check.CheckContext;
import io.bitext.check.Findings;
import io.bitext.check.Severity;
import io.bitext.text.Similarity;
import io.bitext.glossary.Entry;
import io.bitext.glossary.Status;
import io.bitext.term.TermOccurrence;
import io.bitext.term.TermPattern;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A capitalised name in the note that the glossary does not know but that is one or two letters away
 * from a name it does, and sounds the same: {@code Matt Turck} for Matt Turk, {@code Sam Altmann}.
 * Ordinary words are left alone: only capitalised, non-acronym names of four letters or more are
 * compared, and both the spelling and the sound must be close.
 */
public final class NearMissRule extends BaseRule {

    public NearMissRule() {
        super("asr.near-miss", Category.ASR, Severity.WARNING, 90,
                "A name close in spelling and sound to a glossary name: likely misheard or misspelt.", "near-miss of a name",
                Example.incorrect("**Ann**：我是 Andrej Karpaty，欢迎", "Andrej Karpaty", "Andrej Karpathy"),
                Example.correct("**Ann**：我是 Matt Turck，也聊 Mattress 与 Qwen3"),
                Example.correct("**Ann**：他穿着 Stripe 衬衫，和 Gemma 一起来"),
                Example.correct("**Ann**：OLMoE 是 OLMo 的混合专家版本"));
    }

    private record Name(String form, Entry entry) {
    }

    @Override
    public void check(CheckContext context, Findings findings) {
        List<Name> names = new ArrayList<>();
        Set<String> known = new HashSet<>();
        for (Entry entry : context.glossary().entries()) {
            for (Entry.Form form : entry.forms()) {
                if (form.english()) {
                    known.add(form.text().toLowerCase(java.util.Locale.ROOT));
                    if (entry.type().isName() && form.status() != Status.FORBIDDEN && isName(form.text())) {
                        names.add(new Name(form.text(), entry));
                    }
                }
            }
        }
        java.util.Map<String, java.util.Optional<Name>> decided = new java.util.HashMap<>(); // a note repeats its names
        for (TermOccurrence o : context.terms()) {
            String written = o.english();
            if (o.pattern() == TermPattern.QUOTE || !isName(written) || known.contains(written.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            Name best = decided.computeIfAbsent(written, w -> closest(w, names)).orElse(null);
            if (best != null) {
                NameEvidence.report(context, findings, context.location(o.englishSpan()), written, best.form(), best.entry());
            }
        }
    }

    private static java.util.Optional<Name> closest(String written, List<Name> names) {
        Name best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Name name : names) {
            if (!mayBeClose(written, name.form())) {
                continue; // ruled out before an edit distance is computed
            }
            int distance = Similarity.distance(written, name.form());
            if (distance > 0 && distance < bestDistance && close(written, name.form(), distance)
                    && !otherWord(written, name.form())) {
                best = name;
                bestDistance = distance;
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    /**
     * Edit distance alone is not evidence: {@code Stripe} in a sentence about shirts, {@code Gemma} as a
     * person's name, {@code Reflection} are ordinary words the dictionary ranks, so the writer wrote a
     * word, not a misheard name; {@code OLMoE} or {@code Alex} hold all of {@code OLMo} or are all held
     * in {@code Alexa}: a relative or a shorter name, not a slip. A word shared with the name
     * ({@code Matt Turk}) keeps the rest a likely misspelling.
     */
    static boolean otherWord(String written, String name) {
        String w = written.toLowerCase(java.util.Locale.ROOT);
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (w.startsWith(n) || n.startsWith(w)) {
            return true;
        }
        Set<String> nameWords = new HashSet<>(List.of(n.split(" ")));
        for (String word : w.split(" ")) {
            // Matt Turk beside Matt Turck: a shared first name makes the common word a misheard surname
            if (nameWords.contains(word) || !Dictionary.english().isCommonWord(word)) {
                return false;
            }
        }
        return true;
    }

    /** Capitalised words, none all capitals (acronyms are too short to compare safely), 4+ letters. */
    private static boolean isName(String text) {
        if (text.length() < 4 || text.chars().anyMatch(Character::isDigit)) {
            return false; // Qwen3, GPT-4o: a version, not a misspelt name
        }
        for (String word : text.split(" ")) {
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || word.length() > 1 && word.equals(word.toUpperCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** How many edits a name of this length may be away and still count as a misspelling. */
    private static int allowedEdits(String written, String name) {
        return Math.max(1, Math.max(written.length(), name.length()) / 6);
    }

    /**
     * The same first letter, and lengths no further apart than the edits allowed: an edit distance
     * is never smaller than the difference in length, so the rest need not be computed.
     */
    private static boolean mayBeClose(String written, String name) {
        return Character.toLowerCase(written.charAt(0)) == Character.toLowerCase(name.charAt(0))
                && Math.abs(written.length() - name.length()) <= allowedEdits(written, name);
    }

    /** Close in spelling and in sound; only called on names {@link #mayBeClose} let through. */
    private static boolean close(String written, String name, int distance) {
        int length = Math.max(written.length(), name.length());
        return distance <= allowedEdits(written, name)
                && (Similarity.soundAlike(written, name) || distance == 1 && length >= 8);
    }
}
