package io.bitext.dict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits ECDICT's {@code translation} column into single renderings.
 *
 * <p>The column holds lines separated by a written {@code \n}, each led by a label:
 * {@code n. 推论, 推理, 论证\n[化] 推理}. A line's renderings are separated by commas or semicolons of
 * either width. Remarks in brackets ({@code 模型( model的名词复数 )}, {@code <美俚>}, {@code [鸟]}) are
 * dropped, since a note would never write them as part of a rendering; so is any piece without a Han
 * character ({@code = between}), which cannot be a Chinese rendering, and any piece longer than
 * {@value #MAX_GLOSS_LENGTH} characters, which explains rather than renders. An entry keeps its first
 * {@value #MAX_GLOSSES} renderings: past those ECDICT lists rarer senses that only make the index larger.
 */
final class GlossSplitter {
    static final int MAX_GLOSSES = 16;
    static final int MAX_GLOSS_LENGTH = 16;

    private static final Pattern LINES = Pattern.compile("\\\\n|\\n");
    private static final Pattern LABEL =
            Pattern.compile("^(\\[[^\\]]{1,12}]|[a-z]{1,7}\\.(?:\\s*&\\s*[a-z]{1,7}\\.)?)\\s*");
    private static final Pattern REMARK = Pattern.compile("\\([^()]*\\)|（[^（）]*）|\\[[^\\[\\]]*]|<[^<>]*>|【[^【】]*】");
    private static final Pattern HAS_BRACKET = Pattern.compile("[(（\\[<【]");
    private static final Pattern SEPARATORS = Pattern.compile("[,;，；]");

    private GlossSplitter() {
    }

    static List<Gloss> split(String translation) {
        Map<String, Gloss> glosses = new LinkedHashMap<>();
        for (String line : LINES.split(translation)) {
            String text = line.strip();
            String tag = "";
            Matcher label = LABEL.matcher(text);
            if (label.find()) {
                tag = label.group(1).replaceAll("\\s+", "");
                text = text.substring(label.end());
            }
            for (String piece : SEPARATORS.split(withoutRemarks(text))) {
                String gloss = piece.strip();
                if (isRendering(gloss)) {
                    glosses.putIfAbsent(gloss, new Gloss(gloss, tag));
                }
            }
        }
        List<Gloss> kept = new ArrayList<>(glosses.values());
        return kept.size() > MAX_GLOSSES ? kept.subList(0, MAX_GLOSSES) : kept;
    }

    private static String withoutRemarks(String text) {
        if (!HAS_BRACKET.matcher(text).find()) {
            return text;
        }
        String previous;
        String current = text;
        do {
            previous = current;
            current = REMARK.matcher(previous).replaceAll("");
        } while (!current.equals(previous));
        return current;
    }

    private static boolean isRendering(String gloss) {
        return !gloss.isEmpty() && gloss.codePointCount(0, gloss.length()) <= MAX_GLOSS_LENGTH
                && Han.count(gloss) > 0;
    }
}
