package io.bitext.check.rules;

import io.bitext.check.Category;
import io.bitext.check.CheckContext;
import io.bitext.check.Example;
import io.bitext.check.Confidence;
import io.bitext.check.Evidence;
import io.bitext.check.Findings;
import io.bitext.check.Replacement;
import io.bitext.check.Severity;
import io.bitext.note.Block;
import io.bitext.phonetic.Pinyin;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Chinese speaker name whose characters differ from a name in the title but whose pinyin matches
 * or nearly matches: the title says {@code 于北川}, the turns are labelled {@code 俞伟川}. Speech
 * recognition writes a name by its sound; the title was typed by the publisher. Reported at the
 * label and wherever the note writes the misheard name.
 */
public final class SoundAlikeChineseNameRule extends BaseRule {
    private static final double PRIOR = 0.7;
    private static final double SAME_SOUND = 0.8;
    private static final String TITLED = "## 封面\n- 标题：对谈 Lessie AI 创始人于北川\n## 全文\n### 话题\n";
    private static final Pattern HAN_NAME = Pattern.compile("\\p{IsHan}{2,4}");

    public SoundAlikeChineseNameRule() {
        super("names.sound-alike", Category.NAMES, Severity.WARNING, 12,
                "A Chinese name in the note that sounds like, but is not written as, a name in the note's title.",
                "name sounds like the title's",
                Example.incorrect(TITLED + "**崔老师**：欢迎\n**俞伟川**：大家好，我是俞伟川\n", "俞伟川", "于北川"),
                Example.correct(TITLED + "**崔老师**：欢迎\n**于北川**：大家好，我是于北川\n"));
    }

    @Override
    public void check(CheckContext context, Findings findings) {
        String title = context.note().title();
        if (title == null || title.isEmpty()) {
            return;
        }
        for (String label : hanLabels(context)) {
            String heard = titleName(title, label);
            if (heard == null) {
                continue;
            }
            String text = context.note().text();
            String message = "‘" + label + "’ sounds like " + heard + ", whom the title names (pinyin "
                    + String.join(" ", Pinyin.syllables(heard)) + "); speech recognition may have misheard the name";
            List<Evidence> evidence = new ArrayList<>();
            int inTitle = text.indexOf(title) < 0 ? text.indexOf(heard) : text.indexOf(title) + title.indexOf(heard);
            if (inTitle >= 0) {
                evidence.add(Evidence.place(Evidence.Role.TITLE, context.location(inTitle, inTitle + heard.length())));
            }
            // the same syllables written with other characters is how speech recognition writes a name it does not know
            double confidence = Confidence.prior(PRIOR).add(Pinyin.syllables(label).equals(Pinyin.syllables(heard)), SAME_SOUND).value();
            for (int at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + label.length())) {
                if (context.isProse(at) || isLabel(context, at)) {
                    findings.report(context.location(at, at + label.length()), message, evidence, confidence,
                            List.of(Replacement.review(heard)));
                }
            }
        }
    }

    /** Speaker names written in Chinese characters only. */
    private static Set<String> hanLabels(CheckContext context) {
        Set<String> labels = new LinkedHashSet<>();
        for (Block block : context.note().blocks()) {
            if (block.isTurn() && block.speaker() != null && HAN_NAME.matcher(block.speaker().name()).matches()) {
                labels.add(block.speaker().name());
            }
        }
        return labels;
    }

    private static boolean isLabel(CheckContext context, int offset) {
        return context.note().blocks().stream().anyMatch(b -> b.isTurn() && b.speaker() != null
                && b.speaker().nameSpan().offset() == offset);
    }

    /** The stretch of the title's characters that sounds like the label, when the title does not write the label itself. */
    private static String titleName(String title, String label) {
        if (title.contains(label)) {
            return null;
        }
        int n = label.codePointCount(0, label.length());
        Matcher han = Pattern.compile("\\p{IsHan}+").matcher(title);
        while (han.find()) {
            String run = han.group();
            int[] cps = run.codePoints().toArray();
            for (int i = 0; i + n <= cps.length; i++) {
                String window = new String(cps, i, n);
                if (Pinyin.close(label, window)) {
                    return window;
                }
            }
        }
        return null;
    }
}
