package io.bitext.check.rules;

import io.bitext.check.CheckContext;
import io.bitext.glossary.Entry;
import io.bitext.glossary.GlossaryMatch;
import io.bitext.glossary.TermType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether the note speaks of a name's family where a word stands: another glossary name of the
 * same family in the same sentence, up to {@value #REACH} characters each way ({@code Mistrial} listed beside {@code o4-mini}), or a Chinese
 * noun for the family right after it ({@code Mistrial 模型}). An ordinary English word that happens
 * to be near a name ({@code phase}, {@code mistrial}, {@code lama}) is a word the writer meant
 * unless the note talks of such things there.
 */
final class FamilyContext {
    /** Labs, what they make, and the tools around it are one family: notes list them together. */
    private static final Set<TermType> MAKERS = EnumSet.of(TermType.MODEL, TermType.PRODUCT, TermType.ORGANIZATION);
    private static final Pattern MAKER_NOUN = Pattern.compile("\\s?(?:模型|大模型|公司|团队|实验室|框架|平台|产品|工具|系列)");
    private static final String SENTENCE_ENDS = "。！？!?；;\n";
    /** How far a sentence is searched each way: a text without sentence ends must not make each word read all of it. */
    private static final int REACH = 200;

    private final CheckContext context;

    FamilyContext(CheckContext context) {
        this.context = context;
    }

    /** Whether the text at {@code [start, end)} stands among names of {@code entry}'s family. */
    boolean supports(int start, int end, Entry entry) {
        Set<TermType> family = familyOf(entry.type());
        if (family.isEmpty()) {
            return false;
        }
        String text = context.note().text();
        if (family == MAKERS && MAKER_NOUN.matcher(text).region(end, Math.min(text.length(), end + 4)).lookingAt()) {
            return true;
        }
        int from = sentenceStart(text, start);
        int to = sentenceEnd(text, end);
        for (GlossaryMatch match : matchesFrom(from)) {
            if (match.start() >= to) {
                break;
            }
            boolean elsewhere = match.end() <= start || match.start() >= end;
            if (elsewhere && match.entry() != entry && family.contains(match.entry().type())) {
                return true;
            }
        }
        return false;
    }

    private static Set<TermType> familyOf(TermType type) {
        if (type == null) {
            return Set.of();
        }
        return MAKERS.contains(type) ? MAKERS : type.isName() ? EnumSet.of(type) : Set.of();
    }

    /** The prose matches from {@code offset} on, found by binary search: they are sorted by start. */
    private List<GlossaryMatch> matchesFrom(int offset) {
        List<GlossaryMatch> matches = context.matches();
        int low = 0;
        int high = matches.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (matches.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return matches.subList(low, matches.size());
    }

    private static int sentenceStart(String text, int offset) {
        int at = offset;
        int limit = Math.max(0, offset - REACH);
        while (at > limit && SENTENCE_ENDS.indexOf(text.charAt(at - 1)) < 0) {
            at--;
        }
        return at;
    }

    private static int sentenceEnd(String text, int offset) {
        int at = offset;
        int limit = Math.min(text.length(), offset + REACH);
        while (at < limit && SENTENCE_ENDS.indexOf(text.charAt(at)) < 0) {
            at++;
        }
        return at;
    }
}
