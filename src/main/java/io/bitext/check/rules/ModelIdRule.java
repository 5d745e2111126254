package io.bitext.check.rules;

import io.bitext.check.Category;
import io.bitext.check.Example;
import io.bitext.check.CheckContext;
import io.bitext.check.Findings;
import io.bitext.check.Replacement;
import io.bitext.check.Severity;
import io.bitext.glossary.Entry;
import io.bitext.glossary.FormIndex;
import io.bitext.glossary.GlossaryMatch;
import io.bitext.glossary.TermType;
import io.bitext.note.Block;
import io.bitext.term.NonGloss;
import io.bitext.text.ChineseSentences;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Letter–digit confusions in model ids: speech recognition hears OpenAI's {@code o1} as
 * {@code 0.1}, {@code O.1} or {@code 01}. A number like that is only suspicious beside other models
 * or talk of models, so the rule looks at the sentence it stands in.
 */
public final class ModelIdRule extends BaseRule {
    /** 0.1, O.1, o.1, 01, 03 standing alone: not inside a longer number, a time or a word. */
    private static final ModelIdKeys KEYS = new ModelIdKeys();
    private static final Pattern CONFUSABLE = Pattern.compile("(?=[0Oo])(?<![\\p{Alnum}.:：/\\-])([0Oo])[.．]?([1-9])(?![\\p{Alnum}.:：%\\-月日号])");
    private static final Pattern MODEL_TALK = Pattern.compile("(?i)模型|model|reasoning");
    /** 0.3 秒, 0.5 倍: a number with its unit is a number. */
    private static final Pattern UNIT_AFTER = Pattern.compile("\\s*(秒|分|小时|天|年|月|倍|个|次|元|美元|万|亿|%|％|s\\b|ms\\b|x\\b)");

    public ModelIdRule() {
        super("asr.model-id", Category.ASR, Severity.WARNING, 80,
                "A number that is likely a misheard model id (0.1 for o1, 03 for o3), judged by the models around it.",
                "number heard for a model id",
                Example.incorrect("**Ann**：从 o1 到 0.3 的模型演进", "0.3", "o3"),
                Example.correct("**Ann**：误差只有 0.3 秒，2025-01 发布"));
    }

    @Override
    public void check(CheckContext context, Findings findings) {
        Map<String, Entry> models = new HashMap<>();
        FormIndex index = FormIndex.of(context.glossary(), KEYS);
        for (char digit = '1'; digit <= '9'; digit++) {
            List<FormIndex.Posting> named = index.get(ModelIdKeys.digit(digit));
            if (!named.isEmpty()) {
                models.put(String.valueOf(digit), named.get(named.size() - 1).entry()); // the last concept of that name speaks
            }
        }
        if (models.isEmpty()) {
            return;
        }
        List<NonGloss> remarks = context.alignment().extraction().nonGlosses();
        String text = context.note().text();
        for (Block block : context.note().blocks()) {
            String blockText = block.span().cut(text);
            Matcher m = CONFUSABLE.matcher(blockText);
            while (m.find()) {
                Entry model = models.get(m.group(2));
                int start = block.span().offset() + m.start();
                int end = block.span().offset() + m.end();
                String written = m.group();
                boolean letterForm = written.length() == 2 && Character.isLetter(written.charAt(0));
                boolean measured = UNIT_AFTER.matcher(blockText).region(m.end(), blockText.length()).lookingAt();
                if (model == null || letterForm || measured || !context.isProse(start)
                        || remarks.stream().anyMatch(r -> r.kind() == NonGloss.Kind.ASR_NOTE && r.span().contains(start))) {
                    continue; // O1 itself is the case rule's; a remark that documents the slip is not one
                }
                String sentence = sentenceAround(blockText, m.start());
                boolean otherModels = context.matches().stream().anyMatch(g -> inBlock(g, block) && isModel(g)
                        && sentence.contains(g.text()));
                if (otherModels || MODEL_TALK.matcher(sentence).find()) {
                    findings.report(context.location(start, end), "‘" + written + "’ looks like the model "
                            + model.en() + " misheard as a number", List.of(), List.of(Replacement.review(model.en())));
                }
            }
        }
    }

    private static boolean inBlock(GlossaryMatch g, Block block) {
        return g.start() >= block.span().offset() && g.end() <= block.span().end();
    }

    private static boolean isModel(GlossaryMatch g) {
        return g.entry().type() == TermType.MODEL || g.entry().type() == TermType.PRODUCT;
    }

    private static String sentenceAround(String text, int at) {
        for (int[] b : ChineseSentences.bounds(text)) {
            if (at >= b[0] && at < b[1]) {
                return text.substring(b[0], b[1]);
            }
        }
        return text;
    }
}
