package io.bitext.glossary;

import java.util.Locale;

/** What a glossary concept names; it decides which checks apply (a person's name is never translated). */
public enum TermType {
    TERM, ABBREVIATION, PERSON, PRODUCT, MODEL, ORGANIZATION, EVENT, WORK;

    /** The type written in a glossary file ({@code term}, {@code model}, …), or null when unknown. */
    public static TermType parse(String text) {
        for (TermType type : values()) {
            if (type.label().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return type;
            }
        }
        return null;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Names (people, products, models, organisations, events, works) are written, not translated. */
    public boolean isName() {
        return this != TERM && this != ABBREVIATION;
    }
}
