package io.bitext.glossary;

import io.bitext.dict.Dictionary;
import io.bitext.text.Script;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds rows whose data would make the checker wrong: a {@code zh} column that holds Latin letters only
 * ({@code Andre Karpathy} where 安德烈·卡帕西 belongs, which then shows in the DOCX appendix and the
 * TBX), an English form two concepts both claim, and a wrong form that is in fact right: another
 * concept's canonical or admitted form, or an ordinary English word ({@code superintelligence} as a
 * wrong form of ASI makes {@code fix} rewrite a correct sentence). A source must be an {@code http(s)}
 * address; where sources are required (the built-in glossary: every curated row names the page its
 * spelling was checked on), a curated row without one is a problem too.
 *
 * <pre>{@code
 * List<GlossaryValidator.Problem> problems = GlossaryValidator.validate(Glossary.load(path));
 * problems.forEach(p -> System.err.println(p.entry() + ": " + p.message()));
 * }</pre>
 */
public final class GlossaryValidator {
    /** One bad row: the concept's id and what is wrong with it. */
    public record Problem(String entry, String message) {
    }

    private static final java.util.regex.Pattern WEB_ADDRESS = java.util.regex.Pattern.compile("https?://[^\\s/]+\\.[^\\s]+");

    private GlossaryValidator() {
    }

    public static List<Problem> validate(Glossary glossary) {
        return validate(glossary, false);
    }

    /** With {@code requireSources}, also every curated row (not a harvested candidate) without a source. */
    public static List<Problem> validate(Glossary glossary, boolean requireSources) {
        List<Problem> problems = new ArrayList<>();
        for (Entry entry : glossary.entries()) {
            source(entry, requireSources, problems);
        }
        Map<String, Entry> claimed = new HashMap<>();
        for (Entry entry : glossary.entries()) {
            latinChinese(entry, problems);
            for (Entry.Form form : entry.forms()) {
                if (form.english() && form.status() != Status.FORBIDDEN) {
                    Entry other = claimed.putIfAbsent(key(form.text()), entry);
                    if (other != null && !other.id().equals(entry.id())) {
                        problems.add(new Problem(entry.id(), "‘" + form.text() + "’ is also a form of " + other.id()));
                    }
                }
            }
        }
        for (Entry entry : glossary.entries()) {
            for (String wrong : entry.enForbidden()) {
                Entry owner = claimed.get(key(wrong));
                if (owner != null) {
                    problems.add(new Problem(entry.id(), "wrong form ‘" + wrong + "’ is a correct form of " + owner.id()));
                } else if (isOrdinaryWord(wrong)) {
                    problems.add(new Problem(entry.id(), "wrong form ‘" + wrong + "’ is an ordinary English word"));
                }
            }
        }
        return problems;
    }

    private static void source(Entry entry, boolean required, List<Problem> problems) {
        String source = entry.source();
        if (source.isEmpty()) {
            if (required && entry.status().isEmpty()) {
                problems.add(new Problem(entry.id(), "no source: name the page that shows its spelling"));
            }
        } else if (!WEB_ADDRESS.matcher(source).matches()) {
            problems.add(new Problem(entry.id(), "source ‘" + source + "’ is not an http(s) address"));
        }
    }

    /** Chinese columns in Latin letters only; a name kept in English leaves zh empty instead. */
    private static void latinChinese(Entry entry, List<Problem> problems) {
        List<String> columns = new ArrayList<>();
        columns.add(entry.zh());
        columns.addAll(entry.zhAdmitted());
        for (String zh : columns) {
            if (!zh.isBlank() && zh.codePoints().noneMatch(Script::isHan) && zh.codePoints().anyMatch(Character::isLetter)) {
                problems.add(new Problem(entry.id(), "zh ‘" + zh + "’ has no Chinese, only Latin letters"));
            }
        }
    }

    /**
     * A lower-case single word the dictionary ranks as common. Capitalised mishearings such as
     * {@code Cloud} for Claude stay allowed: the glossary matches them by case, and the ordinary
     * word in lower case is not touched.
     */
    private static boolean isOrdinaryWord(String wrong) {
        return !wrong.contains(" ") && wrong.equals(wrong.toLowerCase(Locale.ROOT)) && wrong.chars().allMatch(Character::isLetter)
                && Dictionary.english().isCommonWord(wrong);
    }

    /** Exact text: {@code LORA} as a wrong form of LoRA is a case slip the glossary means to catch. */
    private static String key(String form) {
        return form;
    }
}
