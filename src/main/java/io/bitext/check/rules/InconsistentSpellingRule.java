package io.bitext.check.rules;

import io.bitext.check.CheckContext;
import io.bitext.check.Example;
import io.bitext.check.Replacement;
import io.bitext.glossary.Entry;
import io.bitext.glossary.Glossary;
import io.bitext.note.Span;
import io.bitext.term.TermOccurrence;
import io.bitext.text.TermKey;
import java.util.List;

/** {@code term.inconsistent-spelling}: one term written in different spellings, case or hyphenation. */
public final class InconsistentSpellingRule extends ConsistencyRule {
    public InconsistentSpellingRule() {
        super("term.inconsistent-spelling", 150, "One term written in different spellings, case or hyphenation in the note.",
                "two spellings of one term",
                Example.incorrect("**Ann**：pre-training 与 pre-training\n**Bo**：再说 pretraining", "pretraining", "pre-training"),
                Example.incorrect("**Ann**：先做 re-warmup\n**Bo**：rewarmup 的幅度，如果需要 rewarmup 的话", "rewarmup", "re-warmup"),
                Example.incorrect("**Ann**：配置 `subagent` 文件\n**Bo**：sub-agent 很好\n**Cy**：subagent 与 sub-agent 的上下文", "sub-agent", "subagent"),
                Example.correct("**Ann**：Agentic Inference 的崛起\n**Bo**：agentic inference 与 agentic inference"));
    }

    @Override
    boolean includes(TermOccurrence o, Glossary glossary) {
        return o.isTerm() && !isForbidden(glossary, o.normalized());
    }

    @Override
    String group(TermOccurrence o) {
        return key(o.normalized());
    }

    @Override
    String value(TermOccurrence o) {
        return o.normalized();
    }

    @Override
    Span where(TermOccurrence o) {
        return o.englishSpan();
    }

    @Override
    String preferred(Glossary glossary, String group) {
        Entry entry = glossary.byEnglish(group);
        return entry == null ? null : GlossaryLookup.preferredEnglish(entry);
    }

    /**
     * {@code `subagent`} in a code span is how the tool that owns the word spells it: when the note
     * writes {@code sub-agent} more often, the maker's spelling still wins.
     */
    @Override
    String ownSpelling(CheckContext context, java.util.Set<String> values) {
        String text = context.note().text();
        for (io.bitext.note.Block block : context.note().blocks()) {
            for (io.bitext.note.Inline inline : block.inlines()) {
                if (inline.kind() == io.bitext.note.InlineKind.CODE) {
                    String code = inline.content().cut(text);
                    for (String value : values) {
                        if (code.equals(value) || standsAlone(code, value)) {
                            return value;
                        }
                    }
                }
            }
        }
        return null;
    }

    /**
     * Whether {@code code} holds {@code value} as a word of its own, as the whole-string pattern
     * {@code .*(^|[^\w-])VALUE($|[^\w-]).*} says: no word character or hyphen on either side, and
     * no line break before the character before it nor after the character after it ({@code .}
     * crosses none).
     */
    static boolean standsAlone(String code, String value) {
        for (int at = code.indexOf(value); at >= 0; at = code.indexOf(value, at + 1)) {
            int end = at + value.length();
            boolean before = at == 0 || !isWordOrHyphen(code.charAt(at - 1)) && !breaksLine(code, 0, at - 1);
            boolean after = end == code.length() || !isWordOrHyphen(code.charAt(end)) && !breaksLine(code, end + 1, code.length());
            if (before && after) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordOrHyphen(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    /** Whether a line terminator of {@link java.util.regex.Pattern}'s {@code .} stands from {@code from} to {@code to}. */
    private static boolean breaksLine(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /** Agentic Inference in a heading, agentic inference in a sentence: title case, not a slip. */
    @Override
    boolean acceptable(String minority, String winner) {
        return TermKey.onlyInitialsDiffer(minority, winner);
    }

    @Override
    String describe(TermOccurrence o, String subject, String minority, String winner) {
        return "writes " + subject + " as ‘" + minority + "’ here but ‘" + winner + "’ elsewhere";
    }

    /** Safe only towards the glossary's form, and only where the note wrote the lemma itself: a plural keeps its ending. */
    @Override
    List<Replacement> suggest(TermOccurrence o, String winner, String fromGlossary) {
        boolean safe = winner.equals(fromGlossary) && o.english().equals(o.normalized());
        return List.of(new Replacement(winner, safe));
    }
}
