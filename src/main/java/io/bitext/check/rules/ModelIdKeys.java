package io.bitext.check.rules;

import io.bitext.glossary.Entry;
import io.bitext.glossary.FormKeys;
import io.bitext.glossary.Status;
import io.bitext.glossary.TermType;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * How {@link ModelIdRule} files the glossary's models whose preferred form is a letter and a digit
 * ({@code o1}, {@code o3}): under that digit, so a check asks nine keys instead of reading every
 * concept. Filed at build time for the built-in glossary (registered as a {@link FormKeys} service).
 */
public final class ModelIdKeys implements FormKeys {
    private static final Pattern LETTER_DIGIT = Pattern.compile("[a-z][1-9]");

    @Override
    public String name() {
        return "asr.model-id.models";
    }

    @Override
    public void keys(Entry entry, Entry.Form form, Consumer<String> into) {
        if (entry.type() == TermType.MODEL && form.english() && form.status() == Status.PREFERRED
                && LETTER_DIGIT.matcher(form.text()).matches()) {
            into.accept(digit(form.text().charAt(1)));
        }
    }

    static String digit(char digit) {
        return "d:" + digit;
    }
}
