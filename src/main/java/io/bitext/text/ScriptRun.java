package io.bitext.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A maximal stretch of one script in a text: {@code 在}{@code  }{@code RL}{@code 时代}.
 *
 * @param script the run's script
 * @param start  index of its first character in the text
 * @param end    index just after its last character
 */
public record ScriptRun(Script script, int start, int end) {

    public String cut(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    /** Splits {@code text} into runs; punctuation and symbols each form their own OTHER runs. */
    public static List<ScriptRun> split(CharSequence text) {
        List<ScriptRun> runs = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = Character.codePointAt(text, i);
            Script script = Script.of(cp);
            int j = i + Character.charCount(cp);
            while (j < text.length() && script != Script.OTHER) {
                int next = Character.codePointAt(text, j);
                if (Script.of(next) != script) {
                    break;
                }
                j += Character.charCount(next);
            }
            runs.add(new ScriptRun(script, i, j));
            i = j;
        }
        return runs;
    }
}
