package io.bitext.export.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;

/**
 * Jackson's {@link DefaultPrettyPrinter}, the one databind's {@code INDENT_OUTPUT} uses, writing the
 * same text with its separators and its objects' indentation encoded once: the default one hands the
 * generator characters to encode again around every field of every place of the note.
 */
final class EncodedPrettyPrinter extends DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;

    private final SerializableString fieldValueSeparator;
    private final SerializableString entrySeparator;
    private final SerializableString arrayValueSeparator;

    EncodedPrettyPrinter() {
        indentObjectsWith(new LineIndenter());
        fieldValueSeparator = new SerializedString(_objectFieldValueSeparatorWithSpaces);
        entrySeparator = new SerializedString(_objectEntrySeparator);
        arrayValueSeparator = new SerializedString(_arrayValueSeparator);
    }

    private EncodedPrettyPrinter(EncodedPrettyPrinter base) {
        super(base);
        fieldValueSeparator = base.fieldValueSeparator;
        entrySeparator = base.entrySeparator;
        arrayValueSeparator = base.arrayValueSeparator;
    }

    /** A fresh printer for one document: a printer counts the nesting of what it writes. */
    @Override
    public DefaultPrettyPrinter createInstance() {
        return new EncodedPrettyPrinter(this);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(fieldValueSeparator);
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(entrySeparator);
        _objectIndenter.writeIndentation(g, _nesting);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(arrayValueSeparator);
        _arrayIndenter.writeIndentation(g, _nesting);
    }

    /** {@link DefaultIndenter#SYSTEM_LINEFEED_INSTANCE}'s line break and indent, each level's made once. */
    private static final class LineIndenter implements Indenter {
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
            g.writeRaw(level < LEVELS.length ? LEVELS[level] : new SerializedString(EOL + UNIT.repeat(level)));
        }

        @Override
        public boolean isInline() {
            return false;
        }
    }
}
