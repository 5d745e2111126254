package io.bitext.check.rules;

import io.bitext.glossary.Entry;
import io.bitext.glossary.FormKeys;
import io.bitext.glossary.Status;
import java.util.function.Consumer;

/**
 * How {@link CatalogForms} files the glossary's names: the accepted English forms of four characters
 * or more of named things, under their spelling key and under their confusion key. Filed at build time
 * for the built-in glossary (registered as a {@link FormKeys} service).
 */
public final class CatalogKeys implements FormKeys {
    @Override
    public String name() {
        return "catalog.forms";
    }

    @Override
    public void keys(Entry entry, Entry.Form form, Consumer<String> into) {
        if (entry.type() == null || !entry.type().isName()) {
            return; // terms like pre-training are spelled many accepted ways
        }
        if (form.english() && form.status() != Status.FORBIDDEN && form.text().length() >= 4) {
            into.accept(spelling(CatalogForms.spellingKey(form.text())));
            into.accept(confusion(CatalogForms.confusionKey(form.text())));
        }
    }

    static String spelling(String key) {
        return "s:" + key;
    }

    static String confusion(String key) {
        return "c:" + key;
    }
}
