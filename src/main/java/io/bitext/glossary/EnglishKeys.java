package io.bitext.glossary;

import io.bitext.text.TermKey;
import java.util.function.Consumer;

/** Every English form (of any status) under its {@link TermKey}: what {@link Glossary#byEnglish} looks up. */
final class EnglishKeys implements FormKeys {
    static final EnglishKeys INSTANCE = new EnglishKeys();

    @Override
    public String name() {
        return "glossary.english";
    }

    @Override
    public void keys(Entry entry, Entry.Form form, Consumer<String> into) {
        if (form.english()) {
            into.accept(TermKey.of(form.text()));
        }
    }
}
