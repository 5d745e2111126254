package io.bitext.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Labels at the start of a line, bold and plain. */
class LineLabelTest {

    @Test
    void aPlainLabelsNameIsWhatStandsBeforeTheColonAndItsBlanks() {
        List<String> lines = List.of("Eric：你好", "Eric \t: hi", "Matt Turk： 对", "Speaker A:ok", "主持人：欢迎",
                "Eric（Jerry） ：嗯", "Jared O'Neil(JJ): yes", "·主持：好");
        for (String line : lines) {
            LineLabel label = LineLabel.match(line);
            assertNotNull(label, line);
            String withColon = line.substring(0, label.length());
            assertEquals(withColon.replaceFirst("[ \\t]*[：:][ \\t]?$", ""), label.name(), line);
        }
    }

    @Test
    void proseAndBoldLabels() {
        assertNull(LineLabel.match("这是一段普通的文字，没有标签。"));
        assertNull(LineLabel.match("- Eric：列表"));
        assertNull(LineLabel.match(""));
        LineLabel bold = LineLabel.match("**Matt Turk**：开场");
        assertEquals("Matt Turk", bold.name());
        assertEquals(true, bold.bold());
        assertEquals(2, bold.nameOffset());
    }
}
