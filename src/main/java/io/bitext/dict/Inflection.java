package io.bitext.dict;

import java.util.Optional;

/**
 * The kinds of inflection ECDICT records in its {@code exchange} column, each with its one-letter code
 * ({@code p:went/d:gone/i:going/3:goes} on {@code go}).
 *
 * <p>Codes {@code 0} (the lemma of an inflected form) and {@code 1} (which inflections it is) are not
 * kinds of inflection; {@link DictEntry} holds them as {@link DictEntry#lemma()} and
 * {@link DictEntry#formOf()}.
 */
public enum Inflection {
    PAST('p'),
    PAST_PARTICIPLE('d'),
    PRESENT_PARTICIPLE('i'),
    THIRD_PERSON('3'),
    PLURAL('s'),
    COMPARATIVE('r'),
    SUPERLATIVE('t');

    private final char code;

    Inflection(char code) {
        this.code = code;
    }

    /** The letter ECDICT writes for this inflection. */
    public char code() {
        return code;
    }

    /** The inflection ECDICT writes as {@code code}, if it is one. */
    public static Optional<Inflection> ofCode(char code) {
        for (Inflection inflection : values()) {
            if (inflection.code == code) {
                return Optional.of(inflection);
            }
        }
        return Optional.empty();
    }
}
