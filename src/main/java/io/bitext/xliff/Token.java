package io.bitext.xliff;

/** What a translated target holds, as read back: text, or a reference to one of the unit's codes. */
sealed interface Token permits Token.Text, Token.Ref, Token.Unknown {

    record Text(String text) implements Token {
    }

    /** A code by its id and role; its characters come from the unit, not from the file. */
    record Ref(Code.Role role, int id) implements Token {
    }

    /** Inline markup Bitext did not write ({@code g}, {@code x}, {@code it}…): the segment cannot be merged. */
    record Unknown(String element) implements Token {
    }
}
