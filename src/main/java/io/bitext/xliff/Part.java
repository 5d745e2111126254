package io.bitext.xliff;

/** A piece of a segment: plain text or a protected {@link Code}. */
public sealed interface Part permits Part.Text, Code {

    /** Text a translator translates. */
    record Text(String text) implements Part {
    }

    /** The characters this part stands for in the note. */
    static String original(Part part) {
        return part instanceof Text t ? t.text() : ((Code) part).original();
    }
}
