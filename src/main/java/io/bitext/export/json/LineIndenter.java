package io.bitext.export.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;

/**
 * The indentation of {@link DefaultPrettyPrinter}'s objects (a line break, two spaces a level), with
 * each level's text made once: the default indenter hands the generator characters to encode, again
 * before every field.
 */
final class LineIndenter implements DefaultPrettyPrinter.Indenter {
    private static final String EOL = DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.getEol();
    private static final String UNIT = DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.getIndent();
    private static final SerializedString[] LEVELS = new SerializedString[32];

    static {
        StringBuilder text = new StringBuilder(EOL);
        for (int level = 0; level < LEVELS.length; level++) {
            LEVELS[level] = new SerializedString(text.toString());
            text.append(UNIT);
        }
    }

    @Override
    public void writeIndentation(JsonGenerator g, int level) throws IOException {
        if (level < LEVELS.length) {
            g.writeRaw(LEVELS[level]);
        } else {
            g.writeRaw(EOL + UNIT.repeat(level));
        }
    }

    @Override
    public boolean isInline() {
        return false;
    }
}
